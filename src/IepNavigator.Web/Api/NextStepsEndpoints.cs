using System.Text.Json;
using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Steps;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IepNavigator.Web.Api;

/// <summary>The knowledge base over HTTP: facts in, advice out (knowledge-contract.md).</summary>
public static class NextStepsEndpoints
{
    /// <summary>A facts document is a few hundred bytes; anything this large is not one.</summary>
    private const int MaxFactsBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapKnowledgeApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("Knowledge");
        api.MapPost("/next-steps", AdviseAsync)
            .WithName("NextSteps")
            .WithSummary("Facts about a child's case in, ordered next steps out.")
            .Accepts<CaseFacts>("application/json")
            .Produces<Advice>()
            .ProducesValidationProblem();
        api.MapGet("/steps", (IStepCatalog catalog) => TypedResults.Ok(catalog.Steps))
            .WithName("Steps")
            .WithSummary("Every step the knowledge base can recommend, with its explanation, citations and letter.");
        return endpoints;
    }

    private static async Task<Results<Ok<Advice>, ProblemHttpResult, ValidationProblem>> AdviseAsync(
        HttpRequest request, IAdvisor advisor, TimeProvider clock, CancellationToken cancellationToken)
    {
        var read = await JsonBody.ReadAsync<CaseFacts>(request, MaxFactsBytes, KnowledgeJson.Options, cancellationToken).ConfigureAwait(false);
        if (read.Problem is not null)
        {
            return read.Problem;
        }
        var facts = read.Value!;
        if (RequestDates.Check(facts) is { Count: > 0 } outOfRange)
        {
            return TypedResults.ValidationProblem(outOfRange, title: "Some facts are not valid.");
        }
        var today = facts.Today ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var errors = CaseFactsValidator.Validate(facts, today);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(
                errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                title: "Some facts are not valid.");
        }
        return TypedResults.Ok(advisor.Advise(facts, today));
    }
}
