using IepNavigator.Triage.AdvocateConsole;
using Microsoft.AspNetCore.Routing;

#pragma warning disable IDE0130 // Beside the host's other MapXxx calls, with no extra using.
namespace Microsoft.AspNetCore.Builder;
#pragma warning restore IDE0130

public static class TriageEndpointRouteBuilderExtensions
{
    /// <summary>Maps the advocate console under /advocates (sign-in required). Needs <c>AddTriage</c>.</summary>
    public static IEndpointRouteBuilder MapTriage(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        AdvocateConsoleEndpoints.Map(endpoints);
        return endpoints;
    }
}
