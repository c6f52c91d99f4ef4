// Writes <file>.br and <file>.gz beside each file given, at the strongest settings (done once per Web Chat
// version by fetch-webchat.sh, never per request): dotnet run eng/webchat/precompress.cs -- <file>...
using System.IO.Compression;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: dotnet run eng/webchat/precompress.cs -- <file>...");
    return 2;
}

foreach (var path in args)
{
    var source = File.ReadAllBytes(path);
    var brotli = new byte[BrotliEncoder.GetMaxCompressedLength(source.Length)];
    // Quality 11 with the largest window: slow once here, smallest download for every parent.
    if (!BrotliEncoder.TryCompress(source, brotli, out var brotliLength, quality: 11, window: 24))
    {
        Console.Error.WriteLine($"brotli failed for {path}");
        return 1;
    }

    WriteAtomically(path + ".br", brotli.AsSpan(0, brotliLength));

    using var gzipped = new MemoryStream();
    using (var gzip = new GZipStream(gzipped, CompressionLevel.SmallestSize, leaveOpen: true))
    {
        gzip.Write(source);
    }

    WriteAtomically(path + ".gz", gzipped.ToArray());
    Console.WriteLine($"{Path.GetFileName(path)}: {source.Length:N0} bytes, brotli {brotliLength:N0}, gzip {gzipped.Length:N0}");
}

return 0;

// A half-written .br must never be served: write aside, then rename over.
static void WriteAtomically(string path, ReadOnlySpan<byte> bytes)
{
    var temporary = path + ".tmp";
    File.WriteAllBytes(temporary, bytes.ToArray());
    File.Move(temporary, path, overwrite: true);
}
