using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Teams.Tests.AppPackage;

/// <summary>
/// Builds the Teams app package with the repository's real command (eng/teams/build-app-package.sh) and
/// reads the zip back: what Teams' upload checks first (required manifest fields, ids, icons).
/// </summary>
public sealed class AppPackageTests : IDisposable
{
    private const string AppId = "6f1f8a3e-0000-4000-8000-00000000b07a";
    private const string Host = "iep-navigator.example.org";
    private static readonly string Root = typeof(AppPackageTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
    private readonly string _output = Path.Combine(Path.GetTempPath(), "iepnav-teams-package", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Package_FromTheAppIdInConfiguration_HasEveryRequiredManifestField()
    {
        using var zip = ZipFile.OpenRead(Build(AppId));
        var manifest = ReadManifest(zip);

        foreach (var field in new[] { "$schema", "manifestVersion", "version", "id", "developer", "name", "description", "icons", "accentColor", "bots", "validDomains" })
        {
            Assert.True(manifest.ContainsKey(field), $"manifest.json has no '{field}'");
        }
        Assert.Matches(@"/v1\.(1[7-9]|[2-9]\d)/MicrosoftTeams\.schema\.json$", (string)manifest["$schema"]!);
        Assert.True(Version.Parse((string)manifest["manifestVersion"]!) >= new Version(1, 17));
        Assert.Matches(@"^\d+\.\d+\.\d+$", (string)manifest["version"]!);
        Assert.Equal(AppId, (string?)manifest["id"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)manifest["developer"]!["name"]));
        foreach (var url in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Assert.StartsWith($"https://{Host}/", (string?)manifest["developer"]![url]);
        }
        Assert.InRange(((string)manifest["name"]!["short"]!).Length, 1, 30);
        Assert.InRange(((string)manifest["name"]!["full"]!).Length, 1, 100);
        Assert.InRange(((string)manifest["description"]!["short"]!).Length, 1, 80);
        Assert.InRange(((string)manifest["description"]!["full"]!).Length, 1, 4000);
        Assert.Matches("^#[0-9A-Fa-f]{6}$", (string)manifest["accentColor"]!);
        var bot = Assert.Single((JArray)manifest["bots"]!);
        Assert.Equal(AppId, (string?)bot["botId"]);
        Assert.Equal(["groupChat", "personal", "team"], bot["scopes"]!.Values<string>().Order());
        Assert.Equal([Host], manifest["validDomains"]!.Values<string>());
        Assert.DoesNotContain("{{", manifest.ToString(), StringComparison.Ordinal);
        Assert.Equal(["color.png", "es.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
    }

    [Fact]
    public void Package_Icons_AreA192ColourIconAndA32WhiteOnTransparentOutline()
    {
        using var zip = ZipFile.OpenRead(Build(AppId));
        var manifest = ReadManifest(zip);
        var color = PngImage.Read(Bytes(zip, (string)manifest["icons"]!["color"]!));
        var outline = PngImage.Read(Bytes(zip, (string)manifest["icons"]!["outline"]!));

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.Equal(6, outline.ColorType);
        var pixels = outline.Rgba.Chunk(4).ToList();
        Assert.Equal(32 * 32, pixels.Count);
        Assert.All(pixels.Where(p => p[3] > 0), p => Assert.Equal(new byte[] { 255, 255, 255 }, p[..3]));
        Assert.Contains(pixels, p => p[3] == 0);
        Assert.Contains(pixels, p => p[3] == 255);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-guid")]
    public void Package_WithoutAValidAppId_IsRefused(string appId)
    {
        var zip = Path.Combine(_output, "refused.zip");

        var (exitCode, _, error) = Run(appId, zip);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("MicrosoftAppId", error, StringComparison.Ordinal);
        Assert.False(File.Exists(zip));
    }

    private string Build(string appId)
    {
        var zip = Path.Combine(_output, "app.zip");
        var (exitCode, output, error) = Run(appId, zip);
        Assert.True(exitCode == 0, $"build-app-package.sh failed ({exitCode}): {error}");
        Assert.Equal(zip, output.Trim());
        return zip;
    }

    [Fact]
    public void Package_HasASpanishLocalization_WhoseEveryKeyNamesAStringOfTheManifest()
    {
        using var zip = ZipFile.OpenRead(Build(AppId));
        var manifest = ReadManifest(zip);
        var info = manifest["localizationInfo"]!;
        Assert.Equal("en-us", (string?)info["defaultLanguageTag"]);
        var file = (string)info["additionalLanguages"]!.Single(l => (string?)l["languageTag"] == "es")["file"]!;
        using var reader = new StreamReader(zip.GetEntry(file)!.Open());
        var spanish = JObject.Parse(reader.ReadToEnd());

        foreach (var (key, value) in spanish)
        {
            if (key == "$schema")
            {
                Assert.EndsWith("MicrosoftTeams.Localization.schema.json", (string?)value);
                continue;
            }
            // Teams' localization keys are paths into the manifest; a key naming nothing would be ignored silently.
            var english = manifest.SelectToken(key);
            Assert.True(english is JValue { Type: JTokenType.String }, $"es.json key '{key}' names no string of the manifest");
            if (key != "name.short")
            {
                Assert.NotEqual((string?)english, (string?)value); // translated, not copied
            }
            Assert.False(string.IsNullOrWhiteSpace((string?)value), key);
        }
        Assert.InRange(((string)spanish["name.full"]!).Length, 1, 100);
        Assert.InRange(((string)spanish["description.short"]!).Length, 1, 80);
        // Every command of the manifest is translated (the Spanish ones are phrases of dialogs/content/es/).
        var commands = manifest.SelectTokens("bots[0].commandLists[*].commands[*].title").Count();
        Assert.Equal(commands, spanish.Properties().Count(p => p.Name.EndsWith(".title", StringComparison.Ordinal)));
    }

    private static JObject ReadManifest(ZipArchive zip)
    {
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        return JObject.Parse(reader.ReadToEnd());
    }

    /// <summary>Runs the script; an empty app id in the environment makes it fall back to appsettings.json, whose id is empty too.</summary>
    private static (int ExitCode, string Output, string Error) Run(string appId, string zip)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(Root, "eng", "teams", "build-app-package.sh"), "--host", Host, "--out", zip])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Root,
        };
        start.Environment["MicrosoftAppId"] = appId;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "build-app-package.sh did not finish");
        return (process.ExitCode, output.Result, error);
    }

    private static byte[] Bytes(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public void Dispose()
    {
        try { Directory.Delete(_output, recursive: true); } catch (DirectoryNotFoundException) { }
    }
}
