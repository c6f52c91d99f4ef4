using IepNavigator.Dialogs.IepUploads;
using IepNavigator.DirectLine.Attachments;
using IepNavigator.IepReading;
using IepNavigator.Web.Bot;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IepNavigator.Web.IepReading;

public static class IepReadingHostServiceCollectionExtensions
{
    /// <summary>
    /// The IEP reader for <c>POST /api/v1/iep/read</c>: limits from the "IepReading" section, validated at start-up.
    /// The reader keeps nothing: the file lives in memory for the length of the request. Also the IEP upload in the chat
    /// (<see cref="IepUploadConversationServiceCollectionExtensions.AddIepUploadConversation"/>) with the host's <see cref="ChatAttachmentSource"/>.
    /// </summary>
    public static IServiceCollection AddIepReadingHost(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<IepReadingOptions>().Bind(configuration.GetSection(IepReadingOptions.Section))
            .Validate(o => o.MaxFileBytes is >= 64 * 1024 and <= 64 * 1024 * 1024, "IepReading:MaxFileBytes must be between 64 KB and 64 MB.")
            .Validate(o => o.MaxPages is > 0 and <= 2000, "IepReading:MaxPages must be between 1 and 2000.")
            .Validate(o => o.Timeout > TimeSpan.Zero, "IepReading:Timeout must be positive.")
            .Validate(o => o.MaxNestingDepth is >= 16 and <= 512, "IepReading:MaxNestingDepth must be between 16 and 512.")
            .ValidateOnStart();
        services.AddIepReading();
        // The library's own default options give way to the bound ones.
        services.Replace(ServiceDescriptor.Singleton(sp => sp.GetRequiredService<IOptions<IepReadingOptions>>().Value));
        services.AddFirstTurnWarmUp("the IEP reader's vocabulary", _ => IepReader.Prepare());
        // Files sent in the chat (the widget's paper-clip, Teams files) reach the dialogs' IEP upload through this source.
        services.AddHttpClient(ChatAttachmentSource.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.Replace(ServiceDescriptor.Singleton<IAttachmentSource>(sp =>
            new ChatAttachmentSource(sp.GetRequiredService<IHttpClientFactory>(), sp.GetService<AttachmentStore>())));
        services.AddIepUploadConversation();
        return services;
    }
}
