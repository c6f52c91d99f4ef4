using IepNavigator.Triage.Configuration;
using IepNavigator.Triage.Store;
using Microsoft.Extensions.Options;

namespace IepNavigator.Triage.AdvocateConsole;

/// <summary>Which console door a failure was at: each has its own count, so a mistyped packet address never locks a sign-in.</summary>
public enum AttemptDoor
{
    SignIn,
    PacketPage,
}

/// <summary>
/// Per-account and per-client back-off with lockout for the console (<see cref="AttemptThrottleOptions"/>), counted in
/// the triage database so every instance agrees. While locked, the door does not even check the password.
/// </summary>
public sealed class AttemptThrottle(AttemptFailures failures, IOptionsMonitor<TriageOptions> options, TimeProvider clock)
{
    private AttemptThrottleOptions Policy => options.CurrentValue.Attempts;

    /// <summary>How long the door stays shut for this account or client address; zero when it is open.</summary>
    public async Task<TimeSpan> LockedForAsync(AttemptDoor door, string? account, string client, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var since = now - Policy.Window;
        var longest = TimeSpan.Zero;
        foreach (var (subject, free) in Subjects(door, account, client))
        {
            var tally = await failures.CountSinceAsync(subject, since, cancellationToken).ConfigureAwait(false);
            if (tally.Count >= free && tally.Latest is { } latest)
            {
                var remaining = latest + Lockout(tally.Count - free) - now;
                longest = remaining > longest ? remaining : longest;
            }
        }
        return longest;
    }

    public Task FailedAsync(AttemptDoor door, string? account, string client, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return failures.RecordAsync([.. Subjects(door, account, client).Select(s => s.Subject)], now, now - Policy.Window, cancellationToken);
    }

    /// <summary>A correct password clears that account's count (not the client's: an attacker who owns one account must not reset a spray).</summary>
    public Task SucceededAsync(string account, CancellationToken cancellationToken) =>
        failures.ClearAsync(AccountSubject(AttemptDoor.SignIn, account), cancellationToken);

    /// <summary>Doubles from the first lockout with each failure past the free ones, capped.</summary>
    private TimeSpan Lockout(int beyondFree)
    {
        var doubled = Policy.FirstLockout.Ticks * Math.Pow(2, Math.Min(beyondFree, 30));
        return doubled >= Policy.MaxLockout.Ticks ? Policy.MaxLockout : TimeSpan.FromTicks((long)doubled);
    }

    private IEnumerable<(string Subject, int Free)> Subjects(AttemptDoor door, string? account, string client)
    {
        if (!string.IsNullOrWhiteSpace(account))
        {
            yield return (AccountSubject(door, account), Policy.FreeFailuresPerAccount);
        }
        yield return (AttemptFailures.Subject(door + "-client", client), Policy.FreeFailuresPerClient);
    }

    private static string AccountSubject(AttemptDoor door, string account) =>
        AttemptFailures.Subject(door + "-account", account.Trim().ToUpperInvariant());
}
