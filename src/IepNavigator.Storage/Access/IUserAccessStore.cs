namespace IepNavigator.Storage.Access;

/// <summary>How a user key fared when a browser presented it.</summary>
public enum UserKeyOutcome
{
    /// <summary>A live key: it names its user, and it is now used up (the caller issues the next one).</summary>
    Redeemed,

    /// <summary>Never issued, expired, or revoked ("delete my data").</summary>
    Unknown,

    /// <summary>
    /// A key already used once, presented again after the grace period: one of two holders is not the parent. Every
    /// key of that user is revoked, the thief's fresh one included.
    /// </summary>
    Replayed,
}

/// <summary>The outcome of presenting a user key, and the user it names when <see cref="UserKeyOutcome.Redeemed"/>.</summary>
public sealed record UserKeyRedemption(UserKeyOutcome Outcome, string? UserId);

/// <summary>
/// Credentials that must die with "delete my data", kept beside the state tables (the same SQLite file, or the same
/// PostgreSQL schema, so every instance sees a revocation at once):
/// <list type="bullet">
/// <item>user keys: the widget's long-lived "same browser, same parent" secret. Only a SHA-256 of the key is stored;
/// each key works once (rotated on use), expires, and all of a user's keys can be revoked.</item>
/// <item>data generations: a counter per owner (<c>{channel}/{user}</c>) that "delete my data" advances. Links and
/// tokens seal the generation they were issued in and are refused once it has moved on. Only a SHA-256 of the owner
/// is stored, so the counter outlives the deletion without naming anyone.</item>
/// </list>
/// </summary>
public interface IUserAccessStore
{
    /// <summary>Creates the tables if they are missing. Idempotent; safe to call concurrently and from several hosts.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>A new random key for <paramref name="userId"/>, valid until <paramref name="expiresAt"/>; returned once, stored hashed.</summary>
    Task<string> IssueUserKeyAsync(string userId, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// Uses up <paramref name="key"/>. A key presented again within <paramref name="reuseGrace"/> of its first use (a
    /// second tab, a lost response) still names its user; later, it revokes all the user's keys (<see cref="UserKeyOutcome.Replayed"/>).
    /// </summary>
    Task<UserKeyRedemption> RedeemUserKeyAsync(string? key, DateTimeOffset now, TimeSpan reuseGrace, CancellationToken cancellationToken = default);

    /// <summary>Revokes every key of <paramref name="userId"/>; returns how many there were.</summary>
    Task<int> RevokeUserKeysAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Retention: removes keys that expired before <paramref name="now"/>.</summary>
    Task<int> DeleteExpiredUserKeysAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The owner's data generation: 0 until its data is first deleted.</summary>
    Task<long> GetDataGenerationAsync(string owner, CancellationToken cancellationToken = default);

    /// <summary>
    /// The same, blocking: for issuers behind a synchronous interface (a chat link is issued a few times per
    /// conversation, so one short blocking read then costs less than an asynchronous read on every turn).
    /// </summary>
    long GetDataGeneration(string owner);

    /// <summary>"Delete my data": moves the owner to its next generation and returns it.</summary>
    Task<long> AdvanceDataGenerationAsync(string owner, CancellationToken cancellationToken = default);
}
