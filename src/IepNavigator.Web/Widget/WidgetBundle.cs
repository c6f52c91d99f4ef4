using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace IepNavigator.Web.Widget;

/// <summary>
/// What the widget needs served, read once per process: Web Chat's bundle (with the brotli and gzip copies
/// eng/webchat/fetch-webchat.sh made beside it) under a URL fingerprinted by its content, and widget.js with that
/// URL written in. Nothing is compressed per request: the bundle's copies come from the build, widget.js's
/// (a few KB) are made here once.
/// </summary>
public sealed class WidgetBundle
{
    /// <summary>The bundle's plain path, as widget.js names it; replaced there by the fingerprinted one.</summary>
    public const string BundlePath = "/lib/webchat/webchat.js";

    private readonly Lazy<Snapshot> _snapshot;

    public WidgetBundle(IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var root = environment.WebRootPath ?? Path.Combine(environment.ContentRootPath, "wwwroot");
        // Read on first use, not at start: the first answered turn does not wait for hashing 4 MB.
        _snapshot = new Lazy<Snapshot>(() => Snapshot.Read(root), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The bundle's content fingerprint (16 hex digits), or null when the bundle was never fetched.</summary>
    public string? Fingerprint => _snapshot.Value.Bundle?.Fingerprint;

    /// <summary><c>/lib/webchat/webchat.{fingerprint}.js</c>, or the plain path when there is no bundle.</summary>
    public string BundleUrl => Fingerprint is { } fingerprint ? $"/lib/webchat/webchat.{fingerprint}.js" : BundlePath;

    internal BundleFiles? Bundle => _snapshot.Value.Bundle;

    internal EncodedText? WidgetScript => _snapshot.Value.Widget;

    internal sealed record BundleFiles(string Identity, string? Brotli, string? Gzip, string Fingerprint, DateTimeOffset LastModified);

    /// <summary>A small text resource in every encoding, and its ETag.</summary>
    internal sealed record EncodedText(byte[] Identity, byte[] Brotli, byte[] Gzip, string ETag);

    private sealed record Snapshot(BundleFiles? Bundle, EncodedText? Widget)
    {
        public static Snapshot Read(string root)
        {
            var bundle = ReadBundle(Path.Combine(root, "lib", "webchat", "webchat.js"));
            var widgetPath = Path.Combine(root, "widget.js");
            if (!File.Exists(widgetPath))
            {
                return new Snapshot(bundle, null);
            }

            var script = File.ReadAllText(widgetPath, Encoding.UTF8);
            if (bundle is not null)
            {
                script = script.Replace($"'{BundlePath}'", $"'/lib/webchat/webchat.{bundle.Fingerprint}.js'", StringComparison.Ordinal);
            }

            return new Snapshot(bundle, Encode(Encoding.UTF8.GetBytes(script)));
        }

        private static BundleFiles? ReadBundle(string identity)
        {
            if (!File.Exists(identity))
            {
                return null;
            }

            using var stream = File.OpenRead(identity);
            var fingerprint = Convert.ToHexStringLower(SHA256.HashData(stream))[..16];
            // A compressed copy older than the bundle belongs to another version: serve the plain file instead.
            string? Copy(string path) => File.Exists(path) && File.GetLastWriteTimeUtc(path) >= File.GetLastWriteTimeUtc(identity) ? path : null;
            return new BundleFiles(identity, Copy(identity + ".br"), Copy(identity + ".gz"), fingerprint, File.GetLastWriteTimeUtc(identity));
        }

        private static EncodedText Encode(byte[] identity)
        {
            var brotli = new byte[BrotliEncoder.GetMaxCompressedLength(identity.Length)];
            BrotliEncoder.TryCompress(identity, brotli, out var brotliLength, quality: 11, window: 22);
            using var gzipped = new MemoryStream();
            using (var gzip = new GZipStream(gzipped, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                gzip.Write(identity);
            }

            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(identity))[..16] + "\"";
            return new EncodedText(identity, brotli[..brotliLength], gzipped.ToArray(), etag);
        }
    }
}
