package io.tandem.collateral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tandem.base.ValidationException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FileCheckTest {

    private static final long MAX = 25L * 1024 * 1024;

    private static String error(String name, byte[] bytes, long max) {
        try {
            FileCheck.check(name, bytes, max);
        } catch (ValidationException e) {
            assertThat(e.fieldErrors()).containsOnlyKeys("file");
            return e.fieldErrors().get("file");
        }
        throw new AssertionError(name + " was accepted");
    }

    @Test
    void acceptsEveryAllowedTypeByContentAndComputesTheChecksum() {
        assertThat(FileCheck.check("brief.pdf", TestFiles.pdf(), MAX).kind()).isEqualTo(FileCheck.Kind.PDF);
        assertThat(FileCheck.check("logo.PNG", TestFiles.png(), MAX).kind()).isEqualTo(FileCheck.Kind.PNG);
        assertThat(FileCheck.check("photo.jpeg", TestFiles.jpeg(), MAX).kind()).isEqualTo(FileCheck.Kind.JPEG);
        assertThat(FileCheck.check("photo.jpg", TestFiles.jpeg(), MAX).kind()).isEqualTo(FileCheck.Kind.JPEG);
        assertThat(FileCheck.check("study.docx", TestFiles.docx(), MAX).kind()).isEqualTo(FileCheck.Kind.DOCX);
        assertThat(FileCheck.check("deck.pptx", TestFiles.pptx(), MAX).kind()).isEqualTo(FileCheck.Kind.PPTX);
        assertThat(FileCheck.check("numbers.xlsx", TestFiles.xlsx(), MAX).kind()).isEqualTo(FileCheck.Kind.XLSX);
        // SHA-256 of the exact bytes
        assertThat(FileCheck.check("a.pdf", "%PDF-x %%EOF".getBytes(), MAX).sha256())
                .isEqualTo(FileCheck.sha256("%PDF-x %%EOF".getBytes())).hasSize(64);
    }

    @Test
    void wrongContentBehindARightExtensionIsRefused() {
        assertThat(error("brochure.pdf", TestFiles.png(), MAX))
                .isEqualTo("brochure.pdf is named .pdf but contains a PNG image; rename it or upload the real PDF document");
        assertThat(error("deck.pptx", TestFiles.docx(), MAX)).contains("contains a Word document");
        assertThat(error("virus.pdf", "MZ\u0090\u0000 this is an exe".getBytes(), MAX))
                .contains("does not contain a PDF document");
        assertThat(error("plain.docx", "just text".getBytes(), MAX)).contains("does not contain a Word document");
    }

    @Test
    void unknownExtensionsAreRefused() {
        assertThat(error("notes.txt", "hello".getBytes(), MAX)).contains("PDF, PNG, JPEG, PPTX, DOCX or XLSX");
        assertThat(error("noextension", TestFiles.pdf(), MAX)).contains("not a file type");
    }

    @Test
    void emptyAndOversizeFilesAreRefused() {
        assertThat(error("empty.pdf", new byte[0], MAX)).isEqualTo("empty.pdf is empty; choose the file again");
        byte[] big = Arrays.copyOf(TestFiles.pdf(), 2 * 1024 * 1024);
        assertThat(error("big.pdf", big, 1024 * 1024)).isEqualTo("big.pdf is 2.0 MB; the limit is 1.0 MB");
    }

    @Test
    void truncatedOrCorruptFilesAreRefused() {
        byte[] pdf = TestFiles.pdf();
        assertThat(error("cut.pdf", Arrays.copyOf(pdf, pdf.length - 8), MAX)).contains("is damaged");
        byte[] png = TestFiles.png();
        assertThat(error("cut.png", Arrays.copyOf(png, png.length - 10), MAX)).contains("is damaged");
        byte[] jpeg = TestFiles.jpeg();
        assertThat(error("cut.jpg", Arrays.copyOf(jpeg, jpeg.length - 100), MAX)).contains("is damaged");
        byte[] docx = TestFiles.docx();
        byte[] garbled = docx.clone();
        for (int i = 60; i < 90 && i < garbled.length; i++) {
            garbled[i] ^= 0x5A;
        }
        String message = error("garbled.docx", garbled, MAX);
        assertThat(message).containsAnyOf("is damaged", "does not contain");
        assertThat(error("cut.docx", Arrays.copyOf(docx, docx.length / 2), MAX)).containsAnyOf("is damaged",
                "does not contain");
    }
}
