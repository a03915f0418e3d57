namespace DiplomacyBot.Core.Ingestion;

/// <summary>One line of a byte stream, without its terminator; lines over the limit are flagged, not buffered.</summary>
public sealed record ByteLine(byte[] Bytes, bool TooLong);

/// <summary>
/// Splits a stream into lines of raw bytes, so each line can be decoded and validated on its own: one bad line
/// in a JSON Lines file is reported and the rest still read.
/// </summary>
public static class ByteLineReader
{
    public static IEnumerable<ByteLine> Read(Stream stream, long maxLineBytes)
    {
        byte[] buffer = new byte[64 * 1024];
        using var line = new MemoryStream();
        bool tooLong = false;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            int start = 0;
            for (int i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n')
                {
                    continue;
                }

                Append(line, buffer, start, i - start, maxLineBytes, ref tooLong);
                yield return Take(line, ref tooLong);
                start = i + 1;
            }

            Append(line, buffer, start, read - start, maxLineBytes, ref tooLong);
        }

        if (line.Length > 0 || tooLong)
        {
            yield return Take(line, ref tooLong);
        }
    }

    private static void Append(MemoryStream line, byte[] buffer, int start, int count, long max, ref bool tooLong)
    {
        if (tooLong || count == 0)
        {
            return;
        }

        if (line.Length + count > max)
        {
            tooLong = true;
            line.SetLength(0);
            return;
        }

        line.Write(buffer, start, count);
    }

    private static ByteLine Take(MemoryStream line, ref bool tooLong)
    {
        var result = new ByteLine(tooLong ? [] : line.ToArray(), tooLong);
        line.SetLength(0);
        tooLong = false;
        return result;
    }
}
