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
    public Task<TimeSpan> LockedForAsync(AttemptDoor door, string? account, string client, CancellationToken cancellationToken) =>
        LockedForAsync([.. Subjects(door, account, client)], [], clock.GetUtcNow(), cancellationToken);

    /// <summary>
    /// Opens one attempt at <paramref name="door"/>: it is counted as a failure before the secret is checked, so
    /// attempts made at the same moment each see the others and no more than the free ones get a check, however many
    /// arrive at once (checking first and counting after let 15 of 30 simultaneous guesses through). While the door is
    /// shut the attempt is forgotten again (a refused attempt does not lengthen the pause) and
    /// <see cref="Attempt.LockedFor"/> says for how long.
    /// </summary>
    public async Task<Attempt> BeginAsync(AttemptDoor door, string? account, string client, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var subjects = Subjects(door, account, client).ToList();
        var rows = await failures.RecordAsync([.. subjects.Select(s => s.Subject)], now, now - Policy.Window, cancellationToken).ConfigureAwait(false);
        var locked = await LockedForAsync(subjects, rows, now, cancellationToken).ConfigureAwait(false);
        if (locked > TimeSpan.Zero)
        {
            await failures.ForgetAsync(rows, cancellationToken).ConfigureAwait(false);
            return new Attempt([], locked);
        }
        return new Attempt(rows, TimeSpan.Zero);
    }

    public Task FailedAsync(AttemptDoor door, string? account, string client, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return failures.RecordAsync([.. Subjects(door, account, client).Select(s => s.Subject)], now, now - Policy.Window, cancellationToken);
    }

    /// <summary>A correct password clears that account's count (not the client's: an attacker who owns one account must not reset a spray).</summary>
    public Task SucceededAsync(string account, CancellationToken cancellationToken) =>
        failures.ClearAsync(AccountSubject(AttemptDoor.SignIn, account), cancellationToken);

    /// <summary>The attempt succeeded: it was no failure after all (for the client too), and the account's count is cleared.</summary>
    public async Task SucceededAsync(string account, Attempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        await failures.ForgetAsync(attempt.Rows, cancellationToken).ConfigureAwait(false);
        await SucceededAsync(account, cancellationToken).ConfigureAwait(false);
    }

    /// <param name="own">The rows of the attempt being judged (one per subject, in order), left out of the counts.</param>
    private async Task<TimeSpan> LockedForAsync(IReadOnlyList<(string Subject, int Free)> subjects, IReadOnlyList<string> own, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now - Policy.Window;
        var longest = TimeSpan.Zero;
        for (var i = 0; i < subjects.Count; i++)
        {
            var (subject, free) = subjects[i];
            var tally = await failures.CountSinceAsync(subject, since, cancellationToken, i < own.Count ? own[i] : null).ConfigureAwait(false);
            if (tally.Count >= free && tally.Latest is { } latest)
            {
                var remaining = latest + Lockout(tally.Count - free) - now;
                longest = remaining > longest ? remaining : longest;
            }
        }
        return longest;
    }

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

/// <summary>One attempt at a console door, counted as a failure until it succeeds (<see cref="AttemptThrottle.BeginAsync"/>).</summary>
/// <param name="Rows">Its failure rows (none when the door was shut).</param>
/// <param name="LockedFor">How long the door stays shut; zero when this attempt may be checked.</param>
public sealed record Attempt(IReadOnlyList<string> Rows, TimeSpan LockedFor);
