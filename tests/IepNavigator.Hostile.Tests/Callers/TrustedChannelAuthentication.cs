using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Configuration;

namespace IepNavigator.Hostile.Tests.Callers;

/// <summary>
/// The Bot Connector's token check, faked at the edge we do not own: one bearer token stands for a channel's valid
/// JWT (the turn then runs as the anonymous identity, so nothing is sent out), every other header is refused as the
/// real check refuses it. The host keeps its own policy, limits and adapter.
/// </summary>
public sealed class TrustedChannelAuthentication : BotFrameworkAuthentication
{
    public const string ValidToken = "signed-by-the-bot-connector";

    private readonly BotFrameworkAuthentication inner = new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build());

    public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        authHeader == "Bearer " + ValidToken
            ? inner.AuthenticateRequestAsync(activity, string.Empty, cancellationToken)
            : throw new UnauthorizedAccessException("Not a Bot Connector token.");

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        throw new UnauthorizedAccessException("Streaming is not used.");

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => inner.CreateConnectorFactory(claimsIdentity);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();
}
