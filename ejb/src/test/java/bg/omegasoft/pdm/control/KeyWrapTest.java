package bg.omegasoft.pdm.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.GeneralSecurityException;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class KeyWrapTest {

  private final SecretKey master = KeyWrap.newDataKey();
  private final SecretKey data = KeyWrap.newDataKey();
  private static final String STORAGE = "0f8fad5b-d9cb-469f-a165-70867728950e";

  @Test
  void aWrappedKeyOpensWithTheMasterKeyForItsOwnFile() throws GeneralSecurityException {
    byte[] wrapped = KeyWrap.wrap(master, data, STORAGE);
    assertEquals(KeyWrap.WRAPPED_LENGTH, wrapped.length);
    assertEquals(32, data.getEncoded().length, "AES-256");
    assertArrayEquals(data.getEncoded(), KeyWrap.unwrap(master, wrapped, STORAGE).getEncoded());
  }

  @Test
  void itDoesNotOpenForAnotherFileAnotherMasterKeyOrWhenChanged() {
    byte[] wrapped = KeyWrap.wrap(master, data, STORAGE);
    assertThrows(
        GeneralSecurityException.class,
        () -> KeyWrap.unwrap(master, wrapped, "1f8fad5b-d9cb-469f-a165-70867728950e"));
    assertThrows(
        GeneralSecurityException.class,
        () -> KeyWrap.unwrap(KeyWrap.newDataKey(), wrapped, STORAGE));
    byte[] changed = wrapped.clone();
    changed[20] ^= 1;
    assertThrows(GeneralSecurityException.class, () -> KeyWrap.unwrap(master, changed, STORAGE));
    assertThrows(GeneralSecurityException.class, () -> KeyWrap.unwrap(master, null, STORAGE));
  }

  @Test
  void everyWrappingIsDifferent() {
    assertThrows(
        AssertionError.class,
        () ->
            assertArrayEquals(
                KeyWrap.wrap(master, data, STORAGE), KeyWrap.wrap(master, data, STORAGE)));
  }
}
