using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IepNavigator.Web.Tests;

/// <summary>
/// The real host over a throwaway data folder. Two factories over the same folder are two lives of one
/// installation: the second one sees what the first one stored.
/// </summary>
public sealed class NavigatorHostFactory : WebApplicationFactory<Program>
{
    public string DataDirectory { get; }
    private readonly bool ownsDirectory;

    public NavigatorHostFactory(string? dataDirectory = null)
    {
        ownsDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "iepnav-web-tests", Guid.NewGuid().ToString("N"));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        // Outside Development, unsigned /api/messages activities are refused unless the host says so (BotCallerPolicy).
        builder.UseSetting("Bot:AllowAnonymous", "true");
        builder.UseSetting("Bot:AllowedServiceUrls:0", BotClient.ServiceUrl);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsDirectory)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
