package dev.mbx.cli;

import dev.mbx.core.KeyType;
import dev.mbx.core.Keys;
import dev.mbx.core.MbxException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "keygen",
    description = {
      "Generate an Ed25519 or RSA-2048 key pair as PKCS#8 PEM files and print the public key to",
      "paste into Binance's API management page. The private key file is readable by you only.",
      "",
      "Example: mbx keygen ed25519 --out ~/.mbx"
    })
final class KeygenCommand implements Runnable {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "TYPE", description = "ed25519 (recommended by Binance) or rsa.")
  String type;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Directory to write to.")
  Path out;

  @Override
  public void run() {
    KeyType keyType = keyType();
    String stem = keyType.name().toLowerCase(Locale.ROOT);
    Path privateFile = out.resolve(stem + "-private.pem");
    Path publicFile = out.resolve(stem + "-public.pem");
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new MbxException("--out must be a directory, but " + out + " is a file");
    }
    for (Path file : new Path[] {privateFile, publicFile}) {
      if (Files.exists(file)) {
        throw new MbxException(file + " already exists; choose another --out directory or move it");
      }
    }
    KeyPair pair = Keys.generate(keyType);
    String publicPem = Keys.toPem(pair.getPublic());
    writeNew(privateFile, Keys.toPem(pair.getPrivate()), true);
    writeNew(publicFile, publicPem, false);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println("private key: " + privateFile + " (mode 0600; keep it secret)");
    stdout.println("public key:  " + publicFile);
    stdout.println("paste this public key into Binance (API Management, self-generated key):");
    stdout.print(publicPem);
  }

  private KeyType keyType() {
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "ed25519" -> KeyType.ED25519;
      case "rsa" -> KeyType.RSA;
      default -> throw new MbxException("unknown key type: '" + type + "'; use ed25519 or rsa");
    };
  }

  /**
   * Writes a file that must not exist yet, so an earlier key is never overwritten. A private key
   * file gets its 0600 mode when it is created, before any byte of the key is written.
   */
  private static void writeNew(Path file, String text, boolean secret) {
    try {
      Files.createDirectories(file.getParent());
      if (secret && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
      Files.writeString(
          file, text, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
    } catch (FileAlreadyExistsException e) {
      throw new MbxException(file + " already exists; choose another --out directory or move it");
    } catch (IOException e) {
      throw new MbxException("cannot write " + file + ": " + FileErrors.reason(e), e);
    }
  }
}
