namespace IepNavigator.IepReading;

/// <summary>Limits and switches of the IEP reader (configuration section "IepReading" in the host).</summary>
public sealed class IepReadingOptions
{
    public const string Section = "IepReading";

    /// <summary>The largest file read. A 100-page IEP exported from a district's system is well under 4 MB.</summary>
    public int MaxFileBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>More pages than this is not one IEP (evaluation reports and attachments belong elsewhere).</summary>
    public int MaxPages { get; set; } = 150;

    /// <summary>All the streams of a file inflated together may not exceed this (decompression bombs stop here).</summary>
    public int MaxDecompressedBytes { get; set; } = 200 * 1024 * 1024;

    /// <summary>One inflated stream may not exceed this.</summary>
    public int MaxStreamBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>Dictionaries and arrays nested deeper than this are refused (a real PDF nests a handful).</summary>
    public int MaxNestingDepth { get; set; } = 64;

    /// <summary>Reading stops after this long and the file is refused as too slow.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Recognise the text of scanned pages with tesseract when it is installed (optional, off by default). Recognition
    /// takes seconds per page: raise <see cref="Timeout"/> with it, or a scan stays "a scan".
    /// </summary>
    public bool UseOcr { get; set; }

    /// <summary>The most scanned pages recognised.</summary>
    public int MaxOcrPages { get; set; } = 30;

    /// <summary>Larger page images are not decoded for recognition.</summary>
    public long MaxImagePixels { get; set; } = 40_000_000;
}
