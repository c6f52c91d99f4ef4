using System.Buffers.Binary;
using SkiaSharp;

namespace IepNavigator.Web.Tests.Goals;

/// <summary>Reads what a test needs to know about a PNG: that it is one, its size, and that it shows something.</summary>
internal static class PngFile
{
    public static (int Width, int Height) Size(byte[] png)
    {
        // PNG: 8-byte signature, then the IHDR chunk (length, "IHDR", width, height as big-endian ints).
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        Assert.Equal(signature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    public static int DistinctColours(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        return bitmap.Pixels.Select(p => (uint)p).Distinct().Count();
    }
}
