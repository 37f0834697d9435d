using A11yAudit.Core.Exclusion;
using A11yAudit.Core.Exclusion.Barriers;
using A11yAudit.Core.Exclusion.Scoring;

namespace A11yAudit.Reports.Model.Exclusion;

/// <summary>Builds the journey × group grid and remembers each cell's id so rating reasons can link to it.</summary>
internal static class JourneyGridBuilder
{
    public const int RowsPerChunk = 100;

    public sealed class Result(JourneyGrid grid, Dictionary<(string Journey, string Group), (string Id, string Label)> byJourney, Dictionary<(string Page, string Group), (string Id, string Label)> byPage)
    {
        public JourneyGrid Grid { get; } = grid;

        /// <summary>The cell for a group on a named journey, or (with no journeys given) on the page-task for a URL.</summary>
        public (string Id, string Label) CellFor(string? groupId, string? journey, string? pageUrl)
        {
            if (groupId is null)
            {
                return ("", "");
            }

            if (journey is not null && byJourney.TryGetValue((journey, groupId.ToLowerInvariant()), out var cell))
            {
                return cell;
            }

            return pageUrl is not null && byPage.TryGetValue((pageUrl, groupId.ToLowerInvariant()), out var pageCell) ? pageCell : ("", "");
        }
    }

    public static Result Build(ExclusionAssessment assessment, EvidenceLinker linker)
    {
        var columns = assessment.Groups.Select((g, i) => new GroupColumn(g.Id, g.Name, i + 1)).ToList();
        var names = columns.ToDictionary(c => c.Id, c => c.Name, StringComparer.OrdinalIgnoreCase);
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var byJourney = new Dictionary<(string, string), (string, string)>();
        var byPage = new Dictionary<(string, string), (string, string)>();
        var rows = new List<JourneyRow>();
        var omitted = 0;
        foreach (var journey in assessment.Journeys)
        {
            var rowId = IssueGrouper.UniqueId("journey-" + Truncate(IssueGrouper.Slug(journey.Name), 40), usedIds);
            var anyAudited = journey.Steps.Any(s => s.Audited);
            var cells = journey.Groups.Select(g => Cell(rowId, g, anyAudited, linker)).ToList();
            if (journey.FromPage && cells.All(c => c.Status == "clear" && c.Possible.Length == 0))
            {
                omitted++;
                continue;
            }

            foreach (var cell in cells)
            {
                var label = $"{journey.Name}: {names.GetValueOrDefault(cell.GroupId, cell.GroupId)}";
                byJourney.TryAdd((journey.Name, cell.GroupId.ToLowerInvariant()), (cell.Id, label));
                foreach (var page in journey.FromPage ? journey.Steps.SelectMany(s => s.Pages) : [])
                {
                    byPage.TryAdd((page, cell.GroupId.ToLowerInvariant()), (cell.Id, label));
                }
            }

            rows.Add(new JourneyRow
            {
                Id = rowId,
                Name = journey.Name,
                Weight = journey.Weight,
                IsCritical = journey.IsCritical,
                StepsAudited = $"{journey.Steps.Count(s => s.Audited)} of {journey.Steps.Count} {(journey.Steps.Count == 1 ? "step" : "steps")} audited",
                Complete = journey.Complete,
                Steps = journey.FromPage ? [] : journey.Steps.Select(Step).ToList(),
                Cells = cells,
            });
        }

        var chunks = rows.Chunk(RowsPerChunk)
            .Select((chunk, i) => new JourneyChunk(
                $"{(assessment.JourneysGiven ? "Journeys" : "Pages")} {i * RowsPerChunk + 1}–{i * RowsPerChunk + chunk.Length}",
                i == 0,
                chunk))
            .ToList();
        var grid = new JourneyGrid
        {
            Columns = columns,
            Chunks = chunks,
            RowCount = rows.Count,
            FromPages = !assessment.JourneysGiven,
            ClearRowsOmitted = omitted,
        };
        return new Result(grid, byJourney, byPage);
    }

    private static JourneyCell Cell(string rowId, GroupRisk risk, bool audited, EvidenceLinker linker)
    {
        var id = rowId + "-" + IssueGrouper.Slug(risk.GroupId);
        if (!audited)
        {
            return new JourneyCell { Id = id, GroupId = risk.GroupId, Status = "not-audited", StatusLabel = "Not audited" };
        }

        var (status, label) = risk.Highest switch
        {
            BarrierSeverity.Blocker => ("blocked", "Blocked"),
            BarrierSeverity.Major => ("major", "Major barrier"),
            BarrierSeverity.Minor => ("minor", "Minor friction"),
            _ => ("clear", "Clear"),
        };
        var possible = risk.HighestUncertain is { } u && (risk.Highest is null || u > risk.Highest)
            ? ExclusionViewBuilder.Possible(u)
            : "";
        var decisive = risk.Barriers.FirstOrDefault();
        var issue = decisive is null ? null : linker.Issue(decisive.RuleId, decisive.Selector, decisive.PageUrl, decisive.Certainty == BarrierCertainty.Uncertain);
        return new JourneyCell
        {
            Id = id,
            GroupId = risk.GroupId,
            Status = status,
            StatusLabel = label,
            Possible = possible,
            Risk = ReportWords.Band(risk.Risk.Best, risk.Risk.Worst),
            Href = issue is null ? "" : "#" + issue.Id,
            RuleId = decisive?.RuleId ?? "",
            RuleHelp = decisive?.Help ?? "",
        };
    }

    private static JourneyStepView Step(JourneyStepResult step)
    {
        var note = step.Problem is not null ? "not audited: " + step.Problem
            : step.Audited ? (step.Pages.Count == 1 ? EvidenceLinker.Path(step.Pages[0]) : $"{step.Pages.Count} pages")
            : step.UnscannedPages.Count > 0 ? "not audited: the page failed to load or scan"
            : "not audited: no scanned page matched";
        return new JourneyStepView(step.Number, step.Step, step.Audited, note);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max].TrimEnd('-');
}
