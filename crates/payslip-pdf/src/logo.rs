//! The company's logo as a PDF image: a JPEG goes in as it is (PDF's `DCTDecode` is JPEG), a PNG is
//! decoded to its samples and deflated again, its alpha channel a soft mask.
//!
//! A logo that cannot be read is left off and the payslip renders without it: the payslip matters more
//! than the logo. Left off too: CMYK JPEGs (Adobe's inverted CMYK would need guessing), 12-bit JPEGs, and
//! images over [`MAX_PIXELS`], whose decoding would cost a run of ten thousand payslips its time.

use miniz_oxide::deflate::compress_to_vec_zlib;
use std::borrow::Cow;
use std::io::Cursor;

/// Larger than any sensible logo (4,000 × 4,000).
pub(crate) const MAX_PIXELS: u64 = 16_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Colour {
    Gray,
    Rgb,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Encoding {
    Jpeg,
    Deflate,
}

/// An image ready to be written as an image XObject.
pub(crate) struct Image<'a> {
    pub width: u32,
    pub height: u32,
    pub colour: Colour,
    pub encoding: Encoding,
    pub data: Cow<'a, [u8]>,
    /// The deflated alpha samples, when some pixel is not opaque.
    pub alpha: Option<Vec<u8>>,
}

/// `bytes` as an image, if they are a PNG or a JPEG this module can read.
pub(crate) fn read(bytes: &[u8]) -> Option<Image<'_>> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        png(bytes)
    } else if bytes.starts_with(&[0xFF, 0xD8]) {
        jpeg(bytes)
    } else {
        None
    }
}

fn within_limits(width: u32, height: u32) -> bool {
    width > 0 && height > 0 && u64::from(width) * u64::from(height) <= MAX_PIXELS
}

/// A JPEG's size and colour, from its frame header; the file itself is the image's data.
fn jpeg(bytes: &[u8]) -> Option<Image<'_>> {
    let mut at = 2;
    loop {
        // Markers are 0xFF, any number of fill 0xFF, then the marker's code.
        if *bytes.get(at)? != 0xFF {
            return None;
        }
        while *bytes.get(at)? == 0xFF {
            at += 1;
        }
        let marker = *bytes.get(at)?;
        at += 1;
        match marker {
            // Markers without a length.
            0x01 | 0xD0..=0xD7 => continue,
            0xD9 | 0xDA => return None,
            _ => {}
        }
        let length = usize::from(u16::from_be_bytes([*bytes.get(at)?, *bytes.get(at + 1)?]));
        let segment = bytes.get(at + 2..at + length)?;
        // Start of frame: baseline, extended, progressive or lossless (not DHT 0xC4, JPG 0xC8, DAC 0xCC).
        if matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
            let [precision, h1, h0, w1, w0, components, ..] = *segment else {
                return None;
            };
            let (height, width) = (u16::from_be_bytes([h1, h0]), u16::from_be_bytes([w1, w0]));
            let colour = match components {
                1 => Colour::Gray,
                3 => Colour::Rgb,
                _ => return None,
            };
            if precision != 8 || !within_limits(width.into(), height.into()) {
                return None;
            }
            return Some(Image {
                width: width.into(),
                height: height.into(),
                colour,
                encoding: Encoding::Jpeg,
                data: Cow::Borrowed(bytes),
                alpha: None,
            });
        }
        at += length;
    }
}

/// A PNG decoded to 8-bit gray or RGB samples, deflated, and its alpha split off.
fn png(bytes: &[u8]) -> Option<Image<'static>> {
    let mut decoder = png::Decoder::new_with_limits(Cursor::new(bytes), png::Limits { bytes: 64 << 20 });
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().ok()?;
    let (width, height) = reader.info().size();
    if !within_limits(width, height) {
        return None;
    }
    let mut samples = vec![0; reader.output_buffer_size()?];
    let frame = reader.next_frame(&mut samples).ok()?;
    samples.truncate(frame.buffer_size());
    if frame.bit_depth != png::BitDepth::Eight {
        return None;
    }
    let (colour, channels) = match frame.color_type {
        png::ColorType::Grayscale => (Colour::Gray, 1),
        png::ColorType::GrayscaleAlpha => (Colour::Gray, 2),
        png::ColorType::Rgb => (Colour::Rgb, 3),
        png::ColorType::Rgba => (Colour::Rgb, 4),
        png::ColorType::Indexed => return None,
    };
    let pixels = usize::try_from(u64::from(width) * u64::from(height)).ok()?;
    if samples.len() != pixels * channels {
        return None;
    }
    let (colour_samples, alpha) = if channels % 2 == 0 {
        let colours = channels - 1;
        let mut colour_samples = Vec::with_capacity(pixels * colours);
        let mut alpha = Vec::with_capacity(pixels);
        for pixel in samples.chunks_exact(channels) {
            colour_samples.extend_from_slice(&pixel[..colours]);
            alpha.push(pixel[colours]);
        }
        let opaque = alpha.iter().all(|&a| a == u8::MAX);
        (colour_samples, (!opaque).then_some(alpha))
    } else {
        (samples, None)
    };
    // Level 6 is zlib's default: a logo is small, and it is deflated once per payslip.
    Some(Image {
        width,
        height,
        colour,
        encoding: Encoding::Deflate,
        data: Cow::Owned(compress_to_vec_zlib(&colour_samples, 6)),
        alpha: alpha.map(|alpha| compress_to_vec_zlib(&alpha, 6)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The smallest baseline JPEG header: SOI, an APP0 segment, then a frame of 120 × 40 with 3 components.
    fn jpeg_header(components: u8) -> Vec<u8> {
        let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00];
        bytes.extend([0xFF, 0xC0, 0x00, 0x11, 8, 0x00, 40, 0x00, 120, components]);
        bytes.extend([0; 9]);
        bytes
    }

    #[test]
    fn a_jpeg_is_read_from_its_frame_header_and_kept_as_it_is() {
        let bytes = jpeg_header(3);
        let image = read(&bytes).expect("a JPEG");
        assert_eq!((image.width, image.height, image.colour, image.encoding), (120, 40, Colour::Rgb, Encoding::Jpeg));
        assert_eq!(&*image.data, &bytes[..]);
        assert!(read(&jpeg_header(4)).is_none(), "CMYK is left off");
        assert!(read(&bytes[..12]).is_none(), "a cut header");
    }

    #[test]
    fn what_is_neither_png_nor_jpeg_is_no_logo() {
        assert!(read(b"GIF89a").is_none());
        assert!(read(b"\x89PNG\r\n\x1a\nnot really").is_none());
        assert!(read(&[]).is_none());
    }
}
