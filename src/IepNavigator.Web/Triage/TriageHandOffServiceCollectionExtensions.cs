using IepNavigator.Dialogs.Triage;
using IepNavigator.Web.Triage;
using Microsoft.Extensions.DependencyInjection.Extensions;

#pragma warning disable IDE0130 // In the DI namespace so Program.cs needs no using for it.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

public static class TriageHandOffServiceCollectionExtensions
{
    /// <summary>
    /// The chat's advocate hand-off over the triage back end: <see cref="IAdvocateHandOff"/> as
    /// <see cref="TriageDeskHandOff"/>. Needs <c>AddTriage(configuration)</c> (the desk) and
    /// <c>AddTriageConversation()</c> (the dialogs).
    /// </summary>
    public static IServiceCollection AddTriageHandOff(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IAdvocateHandOff, TriageDeskHandOff>();
        return services;
    }
}
