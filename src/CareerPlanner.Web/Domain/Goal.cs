using System.Globalization;

namespace CareerPlanner.Web.Domain;

/// <summary>How far ahead a goal looks; the value is the number of years.</summary>
public enum GoalHorizon
{
    OneYear = 1,
    ThreeYears = 3,
    FiveYears = 5,
    TenYears = 10,
}

public enum MetricType
{
    Number = 1,
    DoneOrNotDone = 2,
}

public enum GoalStatus
{
    NotStarted = 1,
    OnTrack = 2,
    AtRisk = 3,
    Achieved = 4,
    Dropped = 5,
}

public static class GoalText
{
    public static string Title(this GoalHorizon horizon) => (int)horizon == 1 ? "1 year" : $"{(int)horizon} years";

    public static string Title(this GoalStatus status) => status switch
    {
        GoalStatus.NotStarted => "Not started",
        GoalStatus.OnTrack => "On track",
        GoalStatus.AtRisk => "At risk",
        _ => status.ToString(),
    };

    public static bool IsClosed(this GoalStatus status) => status is GoalStatus.Achieved or GoalStatus.Dropped;
}

/// <summary>A SMART goal of a plan: Specific, Measurable, Achievable, Relevant and Time-bound.</summary>
public class Goal : IPlanOwned
{
    public const int TitleMaxLength = 120;
    public const int TextMaxLength = 2000;
    public const int ShortTextMaxLength = 100;
    public const int UnitMaxLength = 30;
    public const int ReasonMaxLength = 500;

    /// <summary>EF Core's, for goals read back: they get their stored <see cref="Version"/>, so none is made here (a new
    /// GUID is a system call for random bytes, and a page such as the quarter review reads goals by the hundred).</summary>
    private Goal()
    {
    }

    public Goal(int planId, DateOnly createdOn, DateTime createdAtUtc)
    {
        PlanId = planId;
        CreatedOn = createdOn;
        CreatedAtUtc = createdAtUtc;
        Version = Guid.NewGuid();
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public int? ParentGoalId { get; set; }

    // Specific
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";

    // Measurable
    public MetricType MetricType { get; set; }
    public string? MetricWhat { get; set; }
    public string? Unit { get; set; }
    /// <summary>The largest number a measure may hold, either way: every number is finite and within this.</summary>
    public const double MeasureLimit = 1_000_000_000_000;

    public double? Baseline { get; set; }
    public double? Target { get; set; }

    // Achievable and Relevant
    public string Achievable { get; set; } = "";
    public string? RelevanceReason { get; set; }
    public List<GoalItemLink> ItemLinks { get; private set; } = [];
    public List<GoalOptionLink> OptionLinks { get; private set; } = [];

    // Time-bound
    public GoalHorizon Horizon { get; set; }
    public DateOnly TargetDate { get; set; }

    public GoalStatus Status { get; private set; } = GoalStatus.NotStarted;
    public DateOnly? AchievedOn { get; private set; }
    public string? DropReason { get; private set; }

    /// <summary>The person's calendar date when the goal was created: the start of its horizon.</summary>
    public DateOnly CreatedOn { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }
    public Guid Version { get; private set; }

    public void Touch() => Version = Guid.NewGuid();

    /// <summary>Sets the status; the date it was achieved and the reason it was dropped belong to those statuses only.</summary>
    public void ChangeStatus(GoalStatus status, DateOnly? achievedOn, string? dropReason)
    {
        Status = status;
        AchievedOn = status == GoalStatus.Achieved ? achievedOn : null;
        DropReason = status == GoalStatus.Dropped ? dropReason.TrimToNull() : null;
    }

    /// <summary>The goal's recorded fields as its history shows them; a change is a field whose text differs. The goal it
    /// serves is recorded by its title (<paramref name="titleOf"/> knows the plan's goals), never by its id.</summary>
    public IReadOnlyDictionary<string, string?> Snapshot(Func<int, string?>? titleOf = null) => new Dictionary<string, string?>
    {
        ["Title"] = Title,
        ["Metric"] = MetricType == MetricType.Number ? $"{MetricWhat}{(Unit is null ? "" : $" ({Unit})")}" : "Done / not done",
        ["Baseline"] = Baseline?.ToString(CultureInfo.InvariantCulture),
        ["Target"] = Target?.ToString(CultureInfo.InvariantCulture),
        ["Target date"] = TargetDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Horizon"] = Horizon.Title(),
        ["Status"] = Status.Title(),
        ["Serves"] = ParentGoalId is { } parent ? titleOf?.Invoke(parent) ?? "another goal" : null,
    };

    /// <summary>A recorded value as a person reads it: dates as "30 Sep 2027" (they are recorded as 2027-09-30), nothing as "—".</summary>
    public static string Shown(string? value) =>
        value is null ? "—"
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date.ToString("d MMM yyyy", CultureInfo.InvariantCulture)
        : value;

    /// <summary>The fields whose text differs between two snapshots, in the snapshot's order.</summary>
    public static IReadOnlyList<(string Field, string? Old, string? New)> Changes(IReadOnlyDictionary<string, string?> before, IReadOnlyDictionary<string, string?> after) =>
        [.. before.Keys.Where(field => before[field] != after[field]).Select(field => (field, before[field], after[field]))];

    public void LinkTo(IEnumerable<int> itemIds, IEnumerable<int> optionIds)
    {
        var items = itemIds.ToHashSet();
        var options = optionIds.ToHashSet();
        ItemLinks.RemoveAll(l => !items.Contains(l.SelfAssessmentItemId));
        ItemLinks.AddRange(items.Where(id => ItemLinks.All(l => l.SelfAssessmentItemId != id)).Select(id => new GoalItemLink(id)));
        OptionLinks.RemoveAll(l => !options.Contains(l.CareerOptionId));
        OptionLinks.AddRange(options.Where(id => OptionLinks.All(l => l.CareerOptionId != id)).Select(id => new GoalOptionLink(id)));
    }
}

public class GoalItemLink
{
    private GoalItemLink()
    {
    }

    public GoalItemLink(int selfAssessmentItemId) => SelfAssessmentItemId = selfAssessmentItemId;

    public int GoalId { get; private set; }
    public int SelfAssessmentItemId { get; private set; }
}

public class GoalOptionLink
{
    private GoalOptionLink()
    {
    }

    public GoalOptionLink(int careerOptionId) => CareerOptionId = careerOptionId;

    public int GoalId { get; private set; }
    public int CareerOptionId { get; private set; }
}

/// <summary>A dated current value of a goal's measure; every reading is kept (reviews read them).</summary>
public class ProgressReading
{
    public const int NoteMaxLength = 500;

    private ProgressReading()
    {
    }

    public ProgressReading(int goalId, DateOnly date, double value, string? note, DateTime recordedAtUtc)
    {
        GoalId = goalId;
        Date = date;
        Value = value;
        Note = note.TrimToNull();
        RecordedAtUtc = recordedAtUtc;
    }

    public int Id { get; private set; }
    public int GoalId { get; private set; }
    public DateOnly Date { get; private set; }
    public double Value { get; private set; }
    public string? Note { get; private set; }
    public DateTime RecordedAtUtc { get; private set; }
}

/// <summary>One change to a goal. Kept with the plan, so a deleted goal's history remains.</summary>
public class GoalChange : IPlanOwned
{
    public const int FieldMaxLength = 40;
    public const int ValueMaxLength = 2000;

    private GoalChange()
    {
    }

    public GoalChange(int planId, int goalId, string goalTitle, string field, string? oldValue, string? newValue, string? reason, DateTime changedAtUtc, int? reviewId = null)
    {
        PlanId = planId;
        ReviewId = reviewId;
        GoalId = goalId;
        GoalTitle = goalTitle;
        Field = field;
        OldValue = Truncate(oldValue);
        NewValue = Truncate(newValue);
        Reason = reason.TrimToNull();
        ChangedAtUtc = changedAtUtc;
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }

    /// <summary>Not a foreign key on purpose: the history outlives the goal.</summary>
    public int GoalId { get; private set; }

    /// <summary>The review that made this change, when a review did; the change stays if the review is deleted.</summary>
    public int? ReviewId { get; private set; }

    public string GoalTitle { get; private set; } = "";
    public string Field { get; private set; } = "";
    public string? OldValue { get; private set; }
    public string? NewValue { get; private set; }
    public string? Reason { get; private set; }
    public DateTime ChangedAtUtc { get; private set; }

    private static string? Truncate(string? value) => value is { Length: > ValueMaxLength } ? value[..ValueMaxLength] : value;
}

/// <summary>The rules that make a goal SMART, kept apart from any page so they can be tested on their own.</summary>
public static class GoalRules
{
    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase)
    {
        "get", "got", "be", "become", "better", "improve", "more", "good", "great", "do", "doing", "make", "the", "a", "an",
        "at", "in", "on", "to", "my", "me", "i", "and", "of", "it", "things", "stuff", "some", "work", "harder", "best", "well",
    };

    /// <summary>Specific: at least three words, and not only filler such as "get better at things".</summary>
    public static bool IsSpecificTitle(string? title)
    {
        var words = (title ?? "").Split([' ', '\t', '\n', '\r', ',', '.', '!', '?', ';', ':'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 3 && words.Any(w => !Filler.Contains(w));
    }

    /// <summary>The last day a goal of this horizon may be due: the creation date plus the horizon, inclusive.</summary>
    public static DateOnly HorizonEnd(DateOnly createdOn, GoalHorizon horizon) => createdOn.AddYears((int)horizon);

    public static bool FitsHorizon(DateOnly createdOn, GoalHorizon horizon, DateOnly targetDate) =>
        targetDate <= HorizonEnd(createdOn, horizon);

    /// <summary>The shortest horizon that still reaches the date, to suggest when a longer one was chosen.</summary>
    public static GoalHorizon ShortestHorizonFor(DateOnly createdOn, DateOnly targetDate) =>
        Enum.GetValues<GoalHorizon>().FirstOrDefault(h => FitsHorizon(createdOn, h, targetDate), GoalHorizon.TenYears);

    /// <summary>A parent goal looks at least as far ahead as the goals that serve it.</summary>
    public static bool ParentHorizonAllows(GoalHorizon parent, GoalHorizon child) => (int)parent >= (int)child;

    /// <summary>
    /// Progress in percent: (latest − baseline) / (target − baseline), clamped to 0–100. The same formula holds for a
    /// falling target (15 → 5 hours: at 10 hours it is 50%). Done / not done is 100 once a reading says done.
    /// </summary>
    public static int Progress(MetricType type, double? baseline, double? target, double? latest)
    {
        if (latest is not { } value)
        {
            return 0;
        }
        if (type == MetricType.DoneOrNotDone)
        {
            return value >= 1 ? 100 : 0;
        }
        if (baseline is not { } from || target is not { } to || to == from)
        {
            return 0;
        }
        var percent = (value - from) / (to - from) * 100;
        return (int)Math.Round(Math.Clamp(percent, 0, 100), MidpointRounding.AwayFromZero);
    }
}
