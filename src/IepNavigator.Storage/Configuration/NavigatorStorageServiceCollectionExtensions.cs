using IepNavigator.Storage;
using IepNavigator.Storage.Configuration;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

#pragma warning disable IDE0130 // In the DI namespace so the host's Program.cs needs no using for it.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

public static class NavigatorStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the configured state store as Bot Framework's <see cref="IStorage"/>, as the chat's
    /// <see cref="IStateDocumentStore"/> and as <see cref="IStateStoreAdmin"/> (singletons, one instance), plus <see cref="UserState"/>, <see cref="ConversationState"/>
    /// and <see cref="PrivateConversationState"/> over it. Values are encrypted at rest with the host's Data
    /// Protection key ring (registered here through <c>AddNavigatorDataProtection</c>). Options are validated
    /// and the schema is created when the host starts.
    /// </summary>
    public static IServiceCollection AddNavigatorStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .PostConfigure(options => options.FillConnectionString(configuration))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.AddNavigatorDataProtection(configuration);

        services.TryAddSingleton(provider => StateStoreFactory.Create(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value,
            provider.GetRequiredService<IDataProtectionProvider>(),
            provider.GetService<IHostEnvironment>(),
            provider.GetService<ILoggerFactory>(),
            provider.GetService<TimeProvider>()));
        services.TryAddSingleton<IStorage>(provider => provider.GetRequiredService<SqlStateStore>());
        services.TryAddSingleton<IStateDocumentStore>(provider => provider.GetRequiredService<SqlStateStore>());
        services.TryAddSingleton<IStateStoreAdmin>(provider => provider.GetRequiredService<SqlStateStore>());
        services.TryAddSingleton<UserState>();
        services.TryAddSingleton<ConversationState>();
        services.TryAddSingleton<PrivateConversationState>();
        services.AddHostedService<StateStoreInitializer>();
        return services;
    }
}
