using IepNavigator.Storage.Access;

namespace IepNavigator.Web.Links;

/// <summary>Whose data a link reveals, and the data generation it was issued in.</summary>
public sealed record LinkOwner(string Owner, long Generation);

/// <summary>
/// The parent a chat turn issues links for. <see cref="LinkOwnerMiddleware"/> enters the turn's owner
/// (<c>{channel}/{from.id}</c>) on both adapters; the link issuers read <see cref="Current"/> without being told, because
/// the chat's link interfaces (ILetterLinkIssuer, IChartLinkIssuer) are synchronous and know no turn. The owner's
/// generation is read once per turn, and only if the turn issues a link.
/// </summary>
public sealed class LinkOwnerScope(IUserAccessStore access)
{
    private readonly AsyncLocal<Entered?> current = new();

    public IUserAccessStore Access { get; } = access ?? throw new ArgumentNullException(nameof(access));

    /// <summary>The owner of the turn running on this flow, or null outside a chat turn (API calls, tests).</summary>
    public LinkOwner? Current => current.Value?.Resolve(Access);

    /// <summary>Makes <paramref name="owner"/> the owner until the returned scope is disposed.</summary>
    public IDisposable Enter(string owner)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        var outer = current.Value;
        current.Value = new Entered(owner);
        return new Exit(this, outer);
    }

    private sealed class Entered(string owner)
    {
        private LinkOwner? resolved;

        public LinkOwner Resolve(IUserAccessStore access) => resolved ??= new LinkOwner(owner, access.GetDataGeneration(owner));
    }

    private sealed class Exit(LinkOwnerScope scope, Entered? outer) : IDisposable
    {
        public void Dispose() => scope.current.Value = outer;
    }
}
