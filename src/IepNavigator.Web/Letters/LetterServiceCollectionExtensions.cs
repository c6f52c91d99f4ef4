using IepNavigator.Letters;
using IepNavigator.Web.Links;

namespace IepNavigator.Web.Letters;

public static class LetterServiceCollectionExtensions
{
    /// <summary>
    /// Letters for the host: the renderer and signed download links. The links are signed with the host's one
    /// Data Protection key ring (<c>AddNavigatorDataProtection</c>: the data folder, or PostgreSQL shared by every
    /// instance), so they survive a restart and open on any instance.
    /// </summary>
    public static IServiceCollection AddLetterDownloads(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment); // the key ring resolves its folder against the content root itself
        services.AddLetters();
        services.AddNavigatorDataProtection(configuration);
        services.AddOwnedLinks(configuration); // chat links name their parent and die with "delete my data"
        services.AddSingleton<LetterLinks>();
        return services;
    }
}
