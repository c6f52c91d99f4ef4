using System.Text.RegularExpressions;

namespace IepNavigator.Knowledge.Text;

/// <summary>
/// Regular expressions over text a parent or a school wrote, bounded without a clock where possible. A pattern the
/// linear-time engine can run (<see cref="RegexOptions.NonBacktracking"/>: no lookarounds, \G or backreferences) gets it,
/// so no input can make it slow and nothing can time out. Any other pattern gets the backtracking engine with
/// <see cref="FallbackTimeout"/>: generous enough that a busy CPU never trips it on real text (a 100 ms budget did,
/// and turned a parent's message into an apology), yet a pathological input still stops; <see cref="Match"/> and
/// <see cref="IsMatch"/> then read "no match" instead of throwing.
/// </summary>
public static class BoundedRegex
{
    /// <summary>Real text matches in microseconds; seconds means a pattern is running away, not a slow machine.</summary>
    public static readonly TimeSpan FallbackTimeout = TimeSpan.FromSeconds(2);

    /// <summary>The pattern on the linear-time engine when it can run there, else on the backtracking engine with <see cref="FallbackTimeout"/>.</summary>
    public static Regex Create(string pattern, RegexOptions options = RegexOptions.None)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if ((options & (RegexOptions.RightToLeft | RegexOptions.ECMAScript)) == 0)
        {
            try
            {
                return new Regex(pattern, options | RegexOptions.NonBacktracking);
            }
            catch (NotSupportedException)
            {
                // Lookarounds, \G, backreferences, atomic groups: only the backtracking engine reads them.
            }
        }
        return new Regex(pattern, options & ~RegexOptions.NonBacktracking, FallbackTimeout);
    }

    /// <summary>True when <paramref name="regex"/> cannot run away: linear-time, or stopped by a timeout.</summary>
    public static bool IsBounded(Regex regex)
    {
        ArgumentNullException.ThrowIfNull(regex);
        return (regex.Options & RegexOptions.NonBacktracking) != 0 || regex.MatchTimeout != Regex.InfiniteMatchTimeout;
    }

    /// <summary>The first match at or after <paramref name="start"/>; a pattern that runs out of time finds nothing.</summary>
    public static Match Match(Regex regex, string input, int start = 0)
    {
        ArgumentNullException.ThrowIfNull(regex);
        try
        {
            return regex.Match(input, start);
        }
        catch (RegexMatchTimeoutException)
        {
            return System.Text.RegularExpressions.Match.Empty;
        }
    }

    /// <summary>The next match after <paramref name="match"/>, or none (also when the pattern runs out of time).</summary>
    public static Match Next(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        try
        {
            return match.NextMatch();
        }
        catch (RegexMatchTimeoutException)
        {
            return System.Text.RegularExpressions.Match.Empty;
        }
    }

    public static bool IsMatch(Regex regex, string input) => Match(regex, input).Success;

    /// <summary>Replaces every match; a pattern that runs out of time leaves the input as it was.</summary>
    public static string Replace(Regex regex, string input, string replacement)
    {
        ArgumentNullException.ThrowIfNull(regex);
        try
        {
            return regex.Replace(input, replacement);
        }
        catch (RegexMatchTimeoutException)
        {
            return input;
        }
    }
}
