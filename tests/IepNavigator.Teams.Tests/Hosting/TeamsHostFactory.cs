using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IepNavigator.Teams.Tests.Hosting;

/// <summary>
/// The real host (real CloudAdapter, dialogs, SQLite storage in a throwaway folder) with the given
/// settings; Bot Framework auth stays off unless a test sets MicrosoftAppId.
/// </summary>
public sealed class TeamsHostFactory(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? replaceServices = null) : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "iepnav-teams-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("MicrosoftAppId", "");
        builder.UseSetting("MicrosoftAppPassword", "");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
        if (replaceServices is not null)
        {
            builder.ConfigureTestServices(replaceServices);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
