using System.IO.Compression;
using System.Text;
using IepNavigator.IepReading.Model;

namespace IepNavigator.IepReading.Documents;

/// <summary>
/// Looks at a PDF's bytes before any parser does: every Flate stream is inflated against a budget (a decompression
/// bomb stops at the budget, not at the machine's memory), dictionaries and arrays nested deeper than the limit are
/// refused (a recursive parser would run out of stack), and names of active content (JavaScript, launch actions,
/// embedded files) are noted; none of them is ever run. Object streams are scanned the same way once inflated.
/// </summary>
internal sealed class PdfSafetyScan(IepReadingOptions options)
{
    private static readonly HashSet<string> ActiveNames = new(StringComparer.Ordinal)
    {
        "JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles", "RichMedia", "XFA", "SubmitForm", "ImportData", "GoToE",
    };

    public sealed record Result(RefusalReason? Refusal, bool ActiveContent);

    public Result Scan(byte[] file, ReadingBudget budget)
    {
        var state = new ScanState();
        var buffer = new byte[81920];
        int position = 0;
        while (position < file.Length)
        {
            int stream = IndexOf(file, "stream"u8, position);
            int end = stream < 0 ? file.Length : stream;
            if (!Tokens(file, position, end, state))
            {
                return new Result(RefusalReason.Unsafe, state.Active);
            }
            if (stream < 0)
            {
                break;
            }
            // "endstream" also contains "stream": skip it.
            if (stream >= 3 && file.AsSpan(stream - 3, 3).SequenceEqual("end"u8))
            {
                position = stream + 6;
                continue;
            }
            int dataStart = stream + 6;
            if (dataStart < file.Length && file[dataStart] == '\r')
            {
                dataStart++;
            }
            if (dataStart < file.Length && file[dataStart] == '\n')
            {
                dataStart++;
            }
            int dataEnd = IndexOf(file, "endstream"u8, dataStart);
            if (dataEnd < 0)
            {
                dataEnd = file.Length;
            }
            budget.ThrowIfSpent();
            var dictionary = Encoding.Latin1.GetString(file, Math.Max(0, stream - 1024), Math.Min(1024, stream));
            int dictionaryStart = dictionary.LastIndexOf(" obj", StringComparison.Ordinal);
            dictionary = dictionaryStart >= 0 ? dictionary[dictionaryStart..] : dictionary;
            if (dictionary.Contains("/FlateDecode", StringComparison.Ordinal) || dictionary.Contains("/Fl ", StringComparison.Ordinal) || dictionary.Contains("/Fl]", StringComparison.Ordinal) || dictionary.Contains("/Fl/", StringComparison.Ordinal))
            {
                var inflated = Inflate(file, dataStart, dataEnd - dataStart, buffer, state, keep: dictionary.Contains("/ObjStm", StringComparison.Ordinal));
                if (inflated.Refused)
                {
                    return new Result(RefusalReason.Unsafe, state.Active);
                }
                if (inflated.Kept is { } objects)
                {
                    var inner = new ScanState { Active = state.Active };
                    if (!Tokens(objects, 0, objects.Length, inner))
                    {
                        return new Result(RefusalReason.Unsafe, inner.Active);
                    }
                    state.Active |= inner.Active;
                }
            }
            position = dataEnd + 9;
        }
        return new Result(null, state.Active);
    }

    private sealed class ScanState
    {
        public long Inflated;
        public bool Active;
    }

    private (bool Refused, byte[]? Kept) Inflate(byte[] file, int start, int length, byte[] buffer, ScanState state, bool keep)
    {
        if (length <= 2)
        {
            return (false, null);
        }
        using var kept = keep ? new MemoryStream() : null;
        try
        {
            using var input = new ZLibStream(new MemoryStream(file, start, length, writable: false), CompressionMode.Decompress);
            long streamTotal = 0;
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                streamTotal += read;
                state.Inflated += read;
                if (streamTotal > options.MaxStreamBytes || state.Inflated > options.MaxDecompressedBytes)
                {
                    return (true, null);
                }
                kept?.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            // Not valid zlib: the parser decides what to make of it (usually nothing); no bomb came out of it.
        }
        return (false, kept?.ToArray());
    }

    /// <summary>Walks PDF tokens in [start, end): false when nesting goes past the limit. Strings and comments are skipped.</summary>
    private bool Tokens(byte[] data, int start, int end, ScanState state)
    {
        int depth = 0;
        int limit = options.MaxNestingDepth;
        for (int i = start; i < end; i++)
        {
            byte b = data[i];
            switch (b)
            {
                case (byte)'%':
                    while (i < end && data[i] != '\n' && data[i] != '\r')
                    {
                        i++;
                    }
                    break;
                case (byte)'(':
                    int parens = 1;
                    for (i++; i < end && parens > 0; i++)
                    {
                        if (data[i] == '\\')
                        {
                            i++;
                        }
                        else if (data[i] == '(')
                        {
                            parens++;
                        }
                        else if (data[i] == ')')
                        {
                            parens--;
                        }
                    }
                    i--;
                    break;
                case (byte)'<':
                    if (i + 1 < end && data[i + 1] == '<')
                    {
                        i++;
                        if (++depth > limit)
                        {
                            return false;
                        }
                    }
                    else
                    {
                        while (i < end && data[i] != '>')
                        {
                            i++;
                        }
                    }
                    break;
                case (byte)'>':
                    if (i + 1 < end && data[i + 1] == '>')
                    {
                        i++;
                        depth = Math.Max(0, depth - 1);
                    }
                    break;
                case (byte)'[':
                    if (++depth > limit)
                    {
                        return false;
                    }
                    break;
                case (byte)']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case (byte)'/':
                    int from = i + 1;
                    while (i + 1 < end && IsRegular(data[i + 1]))
                    {
                        i++;
                    }
                    if (!state.Active && i + 1 - from is > 1 and < 40 && ActiveNames.Contains(Name(data, from, i + 1 - from)))
                    {
                        state.Active = true;
                    }
                    break;
            }
        }
        return true;
    }

    /// <summary>A name with its #xx escapes decoded (/J#61vaScript is /JavaScript).</summary>
    private static string Name(byte[] data, int start, int length)
    {
        var text = new StringBuilder(length);
        for (int i = start; i < start + length; i++)
        {
            if (data[i] == '#' && i + 2 < start + length && IsHex(data[i + 1]) && IsHex(data[i + 2]))
            {
                text.Append((char)Convert.ToByte(Encoding.ASCII.GetString(data, i + 1, 2), 16));
                i += 2;
            }
            else
            {
                text.Append((char)data[i]);
            }
        }
        return text.ToString();
    }

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';

    private static bool IsRegular(byte b) =>
        b > 32 && b < 127 && b is not ((byte)'/' or (byte)'[' or (byte)']' or (byte)'<' or (byte)'>' or (byte)'(' or (byte)')' or (byte)'{' or (byte)'}' or (byte)'%');

    private static int IndexOf(byte[] data, ReadOnlySpan<byte> value, int from) =>
        from >= data.Length ? -1 : data.AsSpan(from).IndexOf(value) is var i and >= 0 ? from + i : -1;
}
