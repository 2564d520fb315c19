package dev.mbx.sandbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Everything the sandbox logs, at every level, until closed; then the logger is as it was. The
 * sandbox logs through {@code System.Logger}, whose default backend is java.util.logging.
 */
final class CapturedLog extends Handler implements AutoCloseable {
  private final Logger logger = Logger.getLogger("dev.mbx.sandbox");
  private final Level previous = logger.getLevel();
  private final List<String> messages = new CopyOnWriteArrayList<>();

  CapturedLog() {
    setLevel(Level.ALL);
    logger.setLevel(Level.ALL);
    logger.addHandler(this);
  }

  /** The messages logged so far, in order. */
  List<String> messages() {
    return messages;
  }

  @Override
  public void publish(LogRecord record) {
    messages.add(record.getMessage());
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
    logger.setLevel(previous);
  }
}
