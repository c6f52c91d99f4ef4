using IepNavigator.Triage.Configuration;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IepNavigator.Triage.AdvocateConsole;

/// <summary>Checks a user name and password against the configured PBKDF2 hashes (Identity's PasswordHasher).</summary>
internal sealed class AdvocateSignIn(IOptionsMonitor<TriageOptions> options, IPasswordHasher<AdvocateAccount> hasher)
{
    // Verified when the user name is unknown, so a wrong name costs as long as a wrong password.
    private static readonly string DecoyHash = new PasswordHasher<AdvocateAccount>().HashPassword(new AdvocateAccount(), "decoy-password");

    /// <summary>The configured account <paramref name="userName"/> names (for the audit), whatever the password; otherwise null.</summary>
    public string? AccountNamed(string? userName) =>
        string.IsNullOrWhiteSpace(userName)
            ? null
            : options.CurrentValue.Advocates.FirstOrDefault(candidate => string.Equals(candidate.UserName, userName.Trim(), StringComparison.OrdinalIgnoreCase))?.UserName;

    /// <summary>The account's user name when the password matches; otherwise null.</summary>
    public string? Verify(string? userName, string? password)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return null;
        }

        var account = options.CurrentValue.Advocates.FirstOrDefault(candidate =>
            string.Equals(candidate.UserName, userName.Trim(), StringComparison.OrdinalIgnoreCase)
            && !string.IsNullOrEmpty(candidate.PasswordHash));
        var result = hasher.VerifyHashedPassword(account ?? new AdvocateAccount(), account?.PasswordHash ?? DecoyHash, password);
        return account is not null && result != PasswordVerificationResult.Failed ? account.UserName : null;
    }
}
