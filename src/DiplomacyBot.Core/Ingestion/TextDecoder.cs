using System.Text;

namespace DiplomacyBot.Core.Ingestion;

/// <summary>
/// Decodes article bytes strictly: UTF-8 (with or without BOM) or UTF-16 with a BOM. Binary data and invalid UTF-8
/// are refused with a message that says where, rather than silently turned into replacement characters.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string error)
    {
        text = string.Empty;
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            Encoding utf16 = bytes[0] == 0xFF
                ? new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true)
                : new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true);
            try
            {
                text = utf16.GetString(bytes[2..]);
            }
            catch (DecoderFallbackException)
            {
                error = "is not valid UTF-16 despite its byte-order mark";
                return false;
            }
        }
        else
        {
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                bytes = bytes[3..];
            }

            int nul = bytes.IndexOf((byte)0);
            if (nul >= 0)
            {
                error = $"looks like a binary file (NUL byte at offset {nul}), not text";
                return false;
            }

            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException ex)
            {
                int offset = ex.Index;
                string hex = ex.BytesUnknown is { Length: > 0 } b ? $" 0x{b[0]:X2}" : string.Empty;
                error = $"is not valid UTF-8 (invalid byte{hex} at offset {offset}); convert it to UTF-8 first";
                return false;
            }
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            error = "is empty";
            return false;
        }

        if (LooksBinary(text))
        {
            error = "looks like a binary file (mostly control characters), not text";
            return false;
        }

        error = string.Empty;
        return true;
    }

    private static bool LooksBinary(string text)
    {
        int sample = Math.Min(text.Length, 4096), control = 0;
        for (int i = 0; i < sample; i++)
        {
            char c = text[i];
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
        }

        return control > sample / 20;
    }
}
