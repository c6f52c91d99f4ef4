namespace IepNavigator.Triage.AdvocateConsole;

/// <summary>
/// Back-off for the console's guessable doors (section "Triage:Attempts"): wrong passwords at sign-in, and packet
/// addresses that lead nowhere. Within <see cref="Window"/>, after the free attempts each further failure locks the
/// account (or the client address) out for twice as long as the last, from <see cref="FirstLockout"/> up to
/// <see cref="MaxLockout"/>.
/// </summary>
public sealed class AttemptThrottleOptions
{
    /// <summary>Wrong passwords for one account before it is locked (an advocate mistypes; a script does not stop).</summary>
    public int FreeFailuresPerAccount { get; set; } = 5;

    /// <summary>Failures from one client address before it is locked: higher, as an office shares one address.</summary>
    public int FreeFailuresPerClient { get; set; } = 20;

    /// <summary>How far back failures count; a success clears the account's.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan FirstLockout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxLockout { get; set; } = TimeSpan.FromMinutes(15);
}
