using IepNavigator.Triage.Configuration;
using Microsoft.AspNetCore.Identity;

namespace IepNavigator.Triage.AdvocateConsole;

/// <summary>Makes the PBKDF2 hash that goes into Triage:Advocates (used by tools/hash-password.cs and tests).</summary>
public static class AdvocatePassword
{
    public static string Hash(string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        return new PasswordHasher<AdvocateAccount>().HashPassword(new AdvocateAccount(), password);
    }
}
