using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace IepNavigator.Web.Hosting;

public static class RepositoryConfiguration
{
    /// <summary>
    /// Reads the repository's root appsettings.json (copied beside the binaries) as the lowest-precedence source:
    /// `dotnet run --project src/IepNavigator.Web` uses the project folder as content root, where no appsettings.json
    /// lives, and environment variables or the command line must still override it.
    /// </summary>
    public static WebApplicationBuilder AddRepositoryConfiguration(this WebApplicationBuilder builder)
    {
        var directory = AppContext.BaseDirectory;
        if (File.Exists(Path.Combine(directory, "appsettings.json")))
        {
            builder.Configuration.Sources.Insert(0, new JsonConfigurationSource
            {
                Path = "appsettings.json",
                Optional = true,
                ReloadOnChange = false,
                FileProvider = new PhysicalFileProvider(directory),
            });
        }
        return builder;
    }
}
