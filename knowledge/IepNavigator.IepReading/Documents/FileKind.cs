using IepNavigator.IepReading.Model;

namespace IepNavigator.IepReading.Documents;

/// <summary>What a file is, by its first bytes (never by its name or the type a browser claims).</summary>
internal static class FileKind
{
    public static (IepFileFormat? Format, RefusalReason? Refusal) Sniff(ReadOnlySpan<byte> file)
    {
        if (file.Length == 0)
        {
            return (null, RefusalReason.Empty);
        }
        // A PDF may have a few bytes of junk before its header; readers accept it within the first kilobyte.
        if (file[..Math.Min(file.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
        {
            return (IepFileFormat.Pdf, null);
        }
        if (file.StartsWith("PK\x03\x04"u8))
        {
            return (IepFileFormat.Word, null);
        }
        // The old binary Office format (and a password-protected .docx, which is wrapped in it).
        if (file.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
        {
            return (null, RefusalReason.OldWordFormat);
        }
        return (null, RefusalReason.NotSupported);
    }
}
