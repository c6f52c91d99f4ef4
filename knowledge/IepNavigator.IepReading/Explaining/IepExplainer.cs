using System.Globalization;
using IepNavigator.Goals.Checking;
using IepNavigator.IepReading.Content;
using IepNavigator.IepReading.Model;
using IepNavigator.Knowledge.Content;

namespace IepNavigator.IepReading.Explaining;

/// <summary>
/// Says a read IEP back in plain English or Spanish (content/iep-reading/explanations.json and es/): a summary per
/// section, each goal and service, the questions to ask the team, and what to confirm. Goal questions come from the
/// goal checker in the same language ("What is Eli's score on this skill right now...").
/// </summary>
public sealed class IepExplainer(GoalChecker checker)
{
    public IepExplanation Explain(IepExtraction reading, string language, int? maxFileMegabytes = null, int? maxPages = null)
    {
        ArgumentNullException.ThrowIfNull(reading);
        language = ContentLanguage.Normalize(language);
        using var scope = ContentLanguage.Begin(language);
        var say = ReadingContent.Explanations(language);
        var child = reading.ChildName ?? say.ChildUnknown;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["child"] = child,
            ["childs"] = reading.ChildName is null ? say.ChildPossessiveUnknown
                : Fill(say.Possessive, new() { ["child"] = reading.ChildName }),
        };
        string F(string template, Dictionary<string, string>? more = null)
        {
            var all = new Dictionary<string, string>(values, StringComparer.Ordinal);
            foreach (var (k, v) in more ?? [])
            {
                all[k] = v;
            }
            return Fill(template, all);
        }

        if (reading.Outcome == ReadOutcome.Refused)
        {
            var key = char.ToLowerInvariant(reading.Refusal!.Value.ToString()[0]) + reading.Refusal.Value.ToString()[1..];
            var limit = reading.Refusal == RefusalReason.TooLarge ? maxFileMegabytes : reading.Refusal == RefusalReason.TooManyPages ? maxPages : null;
            return new IepExplanation
            {
                Language = language,
                Overview = F(say.Refusals[key], new() { ["limit"] = limit?.ToString(CultureInfo.InvariantCulture) ?? "" }),
                Disclaimer = say.Disclaimer,
            };
        }
        var notices = new List<string>();
        if (reading.ContainsActiveContent)
        {
            notices.Add(say.ActiveContent);
        }
        if (reading.UsedOcr)
        {
            notices.Add(say.ScannedWithOcr);
        }
        if (reading.Outcome == ReadOutcome.LooksScanned && !reading.UsedOcr)
        {
            return new IepExplanation { Language = language, Overview = say.Scanned, Notices = notices, Disclaimer = say.Disclaimer };
        }

        string At(SourceLocation? at) => at is null ? "" : at.Page is { } page
            ? F(say.At["page"], new() { ["n"] = page.ToString(CultureInfo.InvariantCulture) })
            : F(say.At["paragraph"], new() { ["n"] = (at.Paragraph ?? 0).ToString(CultureInfo.InvariantCulture) });
        string Count(string what, int n) => F(say.Counts[what][n == 0 ? "zero" : n == 1 ? "one" : "many"], new() { ["n"] = n.ToString(CultureInfo.InvariantCulture) });
        string Date(string iso) => DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? PlainDates.Long(d, language) : iso;
        List<TeamQuestion> Questions(IepSection section, Func<IepFinding, string?>? question = null) => reading.Findings
            .Where(f => f.Section == section && say.Findings.ContainsKey(f.Code))
            .Select(f =>
            {
                var more = new Dictionary<string, string>
                {
                    ["subject"] = Subject(f),
                    ["question"] = question?.Invoke(f) ?? "",
                };
                var text = say.Findings[f.Code];
                return new TeamQuestion(F(text.Summary, more), F(text.Ask, more), f.At);
            }).ToList();
        string Subject(IepFinding f) => f.Code switch
        {
            "annual-review-overdue" or "annual-review-soon" or "annual-review-over-a-year" or "reevaluation-overdue" or "reevaluation-over-three-years" => Date(f.Subject ?? ""),
            "transition-incomplete" => say.Sections.Transition.Parts.GetValueOrDefault(f.Subject ?? "") ?? "",
            _ => f.Subject ?? "",
        };

        var pagesText = reading.Pages > 0
            ? F(say.Pages[reading.Pages == 1 ? "one" : "many"], new() { ["n"] = reading.Pages.ToString(CultureInfo.InvariantCulture) })
            : F(say.Paragraphs[reading.Paragraphs == 1 ? "one" : "many"], new() { ["n"] = reading.Paragraphs.ToString(CultureInfo.InvariantCulture) });
        var overview = F(say.Overview, new()
        {
            ["pages"] = pagesText,
            ["goals"] = Count("goals", reading.Goals.Count),
            ["services"] = Count("services", reading.Services.Count),
            ["accommodations"] = Count("accommodations", reading.Accommodations.Count),
        });

        var sections = new List<SectionExplanation>();
        var text = say.Sections;

        sections.Add(new SectionExplanation(IepSection.PresentLevels, text.PresentLevels["title"],
            reading.PresentLevels.Present ? F(text.PresentLevels["present"], new() { ["at"] = At(reading.PresentLevels.At) }) : F(text.PresentLevels["missing"]),
            [], Questions(IepSection.PresentLevels)));

        // Goal questions in this language: the checker is asked again inside this language's scope.
        var checks = reading.Goals.ToDictionary(g => g.Number, g => g.Check is null ? null : checker.Check(g.Text).Goals.FirstOrDefault());
        string? GoalQuestion(IepFinding f)
        {
            if (!int.TryParse(f.Subject, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || checks.GetValueOrDefault(n) is not { } check)
            {
                return null;
            }
            var part = f.Code switch
            {
                "goal-missing-baseline" => GoalPart.Baseline,
                "goal-missing-criterion" => GoalPart.Criterion,
                "goal-missing-measurement" => GoalPart.Measurement,
                "goal-missing-timeframe" => GoalPart.Timeframe,
                _ => GoalPart.Skill,
            };
            return check.Missing.FirstOrDefault(m => m.Part == part)?.Question;
        }
        var goalItems = new List<string>();
        foreach (var goal in reading.Goals)
        {
            var number = goal.Number.ToString(CultureInfo.InvariantCulture);
            goalItems.Add(F(text.Goals["goal"], new() { ["n"] = number, ["at"] = At(goal.At), ["text"] = goal.Text }));
            if (goal.Measurable is null)
            {
                goalItems.Add(F(text.Goals["notChecked"], new() { ["n"] = number }));
            }
            else if (goal.Measurable == true && goal.HasBaseline)
            {
                goalItems.Add(F(text.Goals["measurable"], new() { ["n"] = number }));
            }
            else if (checks.GetValueOrDefault(goal.Number) is { } check)
            {
                goalItems.Add(check.Summary);
            }
        }
        int measurable = reading.Goals.Count(g => g.Measurable == true);
        int notChecked = reading.Goals.Count(g => g.Measurable is null);
        sections.Add(new SectionExplanation(IepSection.Goals, text.Goals["title"],
            reading.Goals.Count == 0 ? F(text.Goals["none"]) : F(text.Goals[notChecked > 0 ? "summaryPartlyChecked" : "summary"], new()
            {
                ["count"] = Capital(Count("goals", reading.Goals.Count)),
                ["measurable"] = measurable.ToString(CultureInfo.InvariantCulture),
                ["unchecked"] = notChecked.ToString(CultureInfo.InvariantCulture),
            }),
            goalItems, Questions(IepSection.Goals, GoalQuestion)));

        var serviceItems = reading.Services.Select(s => F(text.Services["service"], new()
        {
            ["name"] = s.Name,
            ["amount"] = Amount(s, say, text, F, language),
            ["at"] = At(s.At),
        })).ToList();
        var perWeek = reading.Services.Select(s => s.MinutesPerWeek).ToList();
        var servicesSummary = reading.Services.Count == 0 ? F(text.Services["none"])
            : perWeek.All(m => m is not null)
                ? F(text.Services["summary"], new() { ["count"] = Capital(Count("services", reading.Services.Count)), ["minutes"] = Math.Round(perWeek.Sum(m => m!.Value)).ToString(CultureInfo.InvariantCulture) })
                : F(text.Services["summaryNoTotal"], new() { ["count"] = Capital(Count("services", reading.Services.Count)) });
        sections.Add(new SectionExplanation(IepSection.Services, text.Services["title"], servicesSummary, serviceItems, Questions(IepSection.Services)));

        sections.Add(new SectionExplanation(IepSection.Accommodations, text.Accommodations["title"],
            reading.Accommodations.Count == 0 ? F(text.Accommodations["none"])
                : F(text.Accommodations["summary"], new() { ["count"] = Capital(Count("accommodations", reading.Accommodations.Count)), ["vague"] = reading.Accommodations.Count(a => a.Vague).ToString(CultureInfo.InvariantCulture) }),
            reading.Accommodations.Select(a => a.Text).ToList(), Questions(IepSection.Accommodations)));

        var progress = reading.ProgressReporting;
        sections.Add(new SectionExplanation(IepSection.ProgressReporting, text.ProgressReporting["title"],
            progress.Present ? F(text.ProgressReporting["present"], new() { ["how"] = ProgressHow(progress, say, F), ["at"] = At(progress.At) }) : F(text.ProgressReporting["missing"]),
            [], Questions(IepSection.ProgressReporting)));

        var dateItems = new List<string>();
        foreach (var (date, key) in new[] { (reading.Dates.Meeting, "meeting"), (reading.Dates.IepStart, "iepStart"), (reading.Dates.IepEnd, "iepEnd"), (reading.Dates.AnnualReviewDue, "annualReviewDue"), (reading.Dates.LastEvaluation, "lastEvaluation"), (reading.Dates.ReevaluationDue, "reevaluationDue") })
        {
            if (date is not null)
            {
                dateItems.Add(F(text.Dates[key], new() { ["date"] = PlainDates.Long(date.Value, language) }));
            }
        }
        sections.Add(new SectionExplanation(IepSection.Dates, text.Dates["title"], dateItems.Count == 0 ? F(text.Dates["none"]) : string.Join("; ", dateItems),
            dateItems, Questions(IepSection.Dates)));

        if (reading.Transition is { } transition)
        {
            var parts = new List<string>();
            if (transition.PostsecondaryGoals)
            {
                parts.Add(text.Transition.Parts["postsecondaryGoals"]);
            }
            if (transition.TransitionServices)
            {
                parts.Add(text.Transition.Parts["transitionServices"]);
            }
            if (transition.CourseOfStudy)
            {
                parts.Add(text.Transition.Parts["courseOfStudy"]);
            }
            var summary = transition.Status switch
            {
                TransitionStatus.NotYetDue => F(text.Transition.NotYetDue),
                TransitionStatus.Present => F(text.Transition.Present, new() { ["at"] = At(transition.At), ["parts"] = List(parts, say) }),
                TransitionStatus.Missing => F(text.Transition.Missing, new() { ["age"] = transition.StudentAge?.ToString(CultureInfo.InvariantCulture) ?? "" }),
                _ => F(text.Transition.AgeUnknown),
            };
            sections.Add(new SectionExplanation(IepSection.Transition, text.Transition.Title, summary, [], Questions(IepSection.Transition)));
        }

        var confirm = reading.Unsure.Where(u => say.Confirm.ContainsKey(u.Code)).Select(u => F(say.Confirm[u.Code], new()
        {
            ["subject"] = u.Subject ?? "",
            ["value"] = u.Value is { } v && DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? PlainDates.Long(d, language) : u.Value ?? "",
        })).ToList();

        return new IepExplanation
        {
            Language = language,
            Overview = overview,
            Notices = notices,
            Sections = sections,
            ConfirmIntro = confirm.Count > 0 ? say.ConfirmIntro : null,
            Confirm = confirm,
            Disclaimer = say.Disclaimer,
        };
    }

    private static string Amount(ReadService s, ExplanationsDocument say, SectionTexts text, Func<string, Dictionary<string, string>?, string> f, string language)
    {
        var parts = new List<string>();
        if (s.Minutes is { } minutes)
        {
            parts.Add(f(text.Services["minutes"], new() { ["minutes"] = minutes.ToString(CultureInfo.InvariantCulture) }));
        }
        if (s.Frequency is { } frequency)
        {
            var key = char.ToLowerInvariant(frequency.Per.ToString()[0]) + frequency.Per.ToString()[1..];
            parts.Add(f(say.Frequency[key][frequency.Times == 1 ? "one" : "many"], new() { ["n"] = frequency.Times.ToString(CultureInfo.InvariantCulture) }));
        }
        if (parts.Count == 0)
        {
            parts.Add(text.Services["amountUnknown"]);
        }
        if (s.Location is { } location)
        {
            parts.Add(f(text.Services["where"], new() { ["location"] = LowerFirst(location) }));
        }
        if (s.Provider is { } provider)
        {
            parts.Add(f(text.Services["who"], new() { ["provider"] = LowerFirst(provider) }));
        }
        if (s.StartDate is { } start)
        {
            parts.Add(f(text.Services["from"], new() { ["date"] = PlainDates.Long(start, language) }));
        }
        return string.Join(", ", parts);
    }

    private static string ProgressHow(ProgressReporting progress, ExplanationsDocument say, Func<string, Dictionary<string, string>?, string> f)
    {
        var method = progress.Method ?? say.ProgressHow["methodUnknown"];
        var frequency = progress.TimesPerYear is { } n
            ? f(say.ProgressHow["timesAYear"], new() { ["n"] = n.ToString(CultureInfo.InvariantCulture) })
            : progress.FrequencyWords is not null ? say.ProgressHow["withGrading"] : null;
        return frequency is null ? method : f(say.ProgressHow["withFrequency"], new() { ["method"] = method, ["frequency"] = frequency });
    }

    private static string List(IReadOnlyList<string> items, ExplanationsDocument say) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(say.List["separator"], items.Take(items.Count - 1)) + say.List["lastSeparator"] + items[^1],
    };

    /// <summary>
    /// A table's "Resource Room" or "Special Education Teacher" reads "resource room", "special education teacher"
    /// mid-sentence; acronyms ("OT room") and people ("Ms. Lopez") stay as written.
    /// </summary>
    private static string LowerFirst(string text)
    {
        var words = text.Split(' ');
        if (words.Any(w => w.TrimEnd('.') is "Mr" or "Mrs" or "Ms" or "Dr" or "Sr" or "Sra"))
        {
            return text;
        }
        return string.Join(' ', words.Select(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).All(c => !char.IsLetter(c) || char.IsLower(c))
            ? string.Join('-', w.Split('-').Select(part => part.Length > 0 ? char.ToLower(part[0], CultureInfo.InvariantCulture) + part[1..] : part))
            : w));
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    private static string Fill(string template, Dictionary<string, string> values) =>
        System.Text.RegularExpressions.Regex.Replace(template, @"\{([a-zA-Z]+)\}", m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);
}
