using IepNavigator.Letters;
using Microsoft.AspNetCore.DataProtection;

namespace IepNavigator.Web.Letters;

public static class LetterServiceCollectionExtensions
{
    /// <summary>
    /// Letters for the host: the renderer, signed download links, and Data Protection keys kept in the data folder
    /// (so links survive a restart; instances that share a data folder or key ring share links).
    /// </summary>
    public static IServiceCollection AddLetterDownloads(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddLetters();
        var dataDirectory = configuration["Storage:DataDirectory"] is { Length: > 0 } configured ? configured : "data";
        var keys = Path.Combine(Path.GetFullPath(dataDirectory, environment.ContentRootPath), "keys");
        services.AddDataProtection()
            .SetApplicationName("IepNavigator")
            .PersistKeysToFileSystem(new DirectoryInfo(keys));
        services.AddSingleton<LetterLinks>();
        return services;
    }
}
