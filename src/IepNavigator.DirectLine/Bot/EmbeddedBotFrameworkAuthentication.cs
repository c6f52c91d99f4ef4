using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Schema;

namespace IepNavigator.DirectLine.Bot;

/// <summary>
/// Authentication for turns that never cross a network: the channel itself already checked the
/// Direct Line token, so the bot runs with an anonymous identity and the in-memory connector.
/// </summary>
public sealed class EmbeddedBotFrameworkAuthentication(EmbeddedConnectorFactory connectorFactory) : BotFrameworkAuthentication
{
    private const string Audience = "https://api.botframework.com";

    private static ClaimsIdentity Anonymous() => new([], AuthenticationConstants.AnonymousAuthType);

    public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        Task.FromResult(new AuthenticateRequestResult
        {
            ClaimsIdentity = Anonymous(),
            ConnectorFactory = connectorFactory,
            Audience = Audience,
        });

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The embedded channel does not use Bot Framework streaming.");

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => connectorFactory;

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new UnsupportedUserTokenClient());

    public override BotFrameworkClient CreateBotFrameworkClient() =>
        throw new NotSupportedException("Skills are not available on the embedded channel.");

    public override string GetOriginatingAudience() => Audience;

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        Task.FromResult(Anonymous());
}
