import { describe, expect, it } from 'vitest';
import { createSigningKey } from '../../../src/main/identity/signing-key';
import { encryptionKeyOf, exportPublicKey, importPublicKey } from '../../../src/main/sync/encryption-key';
import { isSealed, open, seal } from '../../../src/main/sync/sealed-box';

/** An update sealed to a partner's X25519 key, as the shared folder carries it. */
const plain = Buffer.from(JSON.stringify({ format: 'no.oslo.bytteordning/oppdatering', update: { seq: 1, tekst: 'Grünerløkka' } }));
const recipient = encryptionKeyOf(createSigningKey());
// As the sender has it: the public key from the partner's key file.
const recipientPublic = importPublicKey(exportPublicKey(recipient.publicKey), 'x25519')!;

describe('sealed box', () => {
  it('opens with the recipient key to exactly what was sealed, and hides it on the way', () => {
    const box = seal(plain, recipientPublic);
    expect(isSealed(box)).toBe(true);
    expect(box.includes(plain)).toBe(false);
    expect(box.includes(Buffer.from('Grünerløkka'))).toBe(false);
    expect(open(box, recipient)).toEqual(plain);
    // A fresh ephemeral key and nonce each time: the same update never seals to the same bytes.
    expect(seal(plain, recipientPublic).equals(box)).toBe(false);
  });

  it('derives the same X25519 key from the same signing key, so the pinned key stays valid', () => {
    const signing = createSigningKey();
    expect(exportPublicKey(encryptionKeyOf(signing).publicKey)).toBe(exportPublicKey(encryptionKeyOf(signing).publicKey));
    expect(exportPublicKey(encryptionKeyOf(createSigningKey()).publicKey)).not.toBe(exportPublicKey(encryptionKeyOf(signing).publicKey));
  });

  it('does not open with another installation’s key', () => {
    const box = seal(plain, recipientPublic);
    expect(open(box, encryptionKeyOf(createSigningKey()))).toBeNull();
  });

  it('does not open when any part of it was changed', () => {
    const box = seal(plain, recipientPublic);
    const head = box.length - plain.length;
    // The ephemeral key, the nonce, the tag and the ciphertext: one flipped bit in each is refused.
    for (const at of [head - 16 - 12 - 5, head - 16 - 5, head - 5, head + 3, box.length - 1]) {
      const tampered = Buffer.from(box);
      tampered.writeUInt8(tampered.readUInt8(at) ^ 0x01, at);
      expect(open(tampered, recipient), `byte ${at}`).toBeNull();
    }
    expect(open(box.subarray(0, box.length - 1), recipient)).toBeNull();
    expect(open(Buffer.concat([box, Buffer.from([0])]), recipient)).toBeNull();
  });

  it('refuses what is not a sealed box at all', () => {
    expect(isSealed(Buffer.from('%PDF-1.7\n'))).toBe(false);
    expect(open(Buffer.from('%PDF-1.7\n'), recipient)).toBeNull();
    expect(open(Buffer.alloc(0), recipient)).toBeNull();
    // The header alone, cut before the ciphertext's tag.
    expect(open(seal(plain, recipientPublic).subarray(0, 40), recipient)).toBeNull();
  });
});
