using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace IepNavigator.DirectLine.Bot;

/// <summary>The embedded channel has no Bot Framework token service, so OAuth sign-in is not available.</summary>
public sealed class UnsupportedUserTokenClient : UserTokenClient
{
    private static NotSupportedException Unsupported() => new("The embedded Direct Line channel has no user token service.");

    public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) => throw Unsupported();

    public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) => throw Unsupported();

    public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) => throw Unsupported();

    public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) => throw Unsupported();

    public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) => throw Unsupported();

    public override Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) => throw Unsupported();
}
