namespace CareerPlanner.Web.Domain;

/// <summary>How often a review looks back; a check-in is short, a review is thorough.</summary>
public enum ReviewKind
{
    Weekly = 1,
    Monthly = 2,
    Quarterly = 3,
    Annual = 4,
}

/// <summary>The answer to "is this career still right for me?".</summary>
public enum CareerFit
{
    Yes = 1,
    Unsure = 2,
    No = 3,
}

/// <summary>A quarterly or annual review's judgement of one goal.</summary>
public enum GoalJudgement
{
    OnTrack = 1,
    AtRisk = 2,
    OffTrack = 3,
}

public static class ReviewText
{
    public static string Title(this ReviewKind kind) => kind switch
    {
        ReviewKind.Weekly => "Weekly check-in",
        ReviewKind.Monthly => "Monthly check-in",
        ReviewKind.Quarterly => "Quarterly review",
        _ => "Annual review",
    };

    public static string Slug(this ReviewKind kind) => kind.ToString().ToLowerInvariant();

    public static ReviewKind? KindFromSlug(string? slug) =>
        Enum.GetValues<ReviewKind>().Cast<ReviewKind?>().FirstOrDefault(k => string.Equals(k!.Value.Slug(), slug, StringComparison.OrdinalIgnoreCase));

    /// <summary>A quarterly or annual review asks the thorough questions; a check-in only the short ones.</summary>
    public static bool IsThorough(this ReviewKind kind) => kind is ReviewKind.Quarterly or ReviewKind.Annual;

    public static string Title(this GoalJudgement judgement) => judgement switch
    {
        GoalJudgement.OnTrack => "On track",
        GoalJudgement.AtRisk => "At risk",
        _ => "Off track",
    };

    public static string Title(this CareerFit fit) => fit.ToString();

    public static string QuarterTitle(DateOnly quarterStart) => $"Q{Quarters.Number(quarterStart)} {quarterStart.Year}";

    /// <summary>The period a review covers, in words: "Q4 2026", "2026", "November 2026", "week of 23 Nov 2026".</summary>
    /// <summary>A review by its kind and period, as a sentence names it: "Weekly check-in for the week of 30 Nov 2026",
    /// "Quarterly review of Q4 2026"; lower-cased at the start when it is not the start of a sentence.</summary>
    public static string Name(ReviewKind kind, DateOnly start, bool startsSentence = true)
    {
        var title = kind.Title();
        title = startsSentence ? title : char.ToLowerInvariant(title[0]) + title[1..];
        return kind switch
        {
            ReviewKind.Weekly => $"{title} for the week of {start:d MMM yyyy}",
            ReviewKind.Monthly => $"{title} for {start:MMMM yyyy}",
            _ => $"{title} of {PeriodTitle(kind, start)}",
        };
    }

    public static string PeriodTitle(ReviewKind kind, DateOnly start) => kind switch
    {
        ReviewKind.Weekly => $"week of {start:d MMM yyyy}",
        ReviewKind.Monthly => $"{start:MMMM yyyy}",
        ReviewKind.Quarterly => QuarterTitle(start),
        _ => $"{start.Year}",
    };
}

/// <summary>
/// A dated look back over a period: a weekly or monthly check-in, or a quarterly or annual review. It belongs to its
/// plan; what it changed in goals is kept as progress readings and in the goals' history, which name the review.
/// </summary>
public class Review : IPlanOwned
{
    public const int TextMaxLength = 2000;

    /// <summary>EF Core's: a row read back gets its stored <see cref="Version"/>, so none is made (see Goal's).</summary>
    private Review()
    {
    }

    public Review(int planId, ReviewKind kind, DateRange period, DateTime createdAtUtc)
    {
        Version = Guid.NewGuid();
        PlanId = planId;
        Kind = kind;
        PeriodStart = period.Start;
        PeriodEnd = period.End;
        CreatedAtUtc = createdAtUtc;
        UpdatedAtUtc = createdAtUtc;
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public ReviewKind Kind { get; private set; }

    /// <summary>The day the review was held, in the person's time zone.</summary>
    public DateOnly HeldOn { get; set; }

    public DateOnly PeriodStart { get; private set; }
    public DateOnly PeriodEnd { get; private set; }

    /// <summary>Job satisfaction, 1 to 10.</summary>
    public int Satisfaction { get; set; }

    public string? WentWell { get; set; }
    public string? NextSteps { get; set; }

    // The thorough questions of a quarterly or annual review.
    public string? DoDifferently { get; set; }
    public CareerFit? CareerFit { get; set; }
    public string? CareerFitWhy { get; set; }
    public string? NewInformation { get; set; }

    public List<ReviewGoalNote> GoalNotes { get; private set; } = [];

    /// <summary>The edits made after the review was first saved, so a changed answer is never silently rewritten.</summary>
    public List<ReviewChange> Changes { get; private set; } = [];

    public DateTime CreatedAtUtc { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public Guid Version { get; private set; }

    /// <summary>The review's answers as its edit history shows them; an edit records each one whose text differs.</summary>
    public IReadOnlyDictionary<string, string?> Snapshot() => new Dictionary<string, string?>
    {
        ["Held on"] = HeldOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Period"] = ReviewText.PeriodTitle(Kind, PeriodStart),
        ["Job satisfaction"] = Satisfaction.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["What went well"] = WentWell,
        ["Next steps"] = NextSteps,
        ["What I will do differently"] = DoDifferently,
        ["Still the right career"] = CareerFit?.Title(),
        ["Why"] = CareerFitWhy,
        ["New information"] = NewInformation,
    };

    public void RecordChanges(IReadOnlyDictionary<string, string?> before, DateTime nowUtc)
    {
        var after = Snapshot();
        Changes.AddRange(before.Where(b => b.Value != after[b.Key]).Select(b => new ReviewChange(b.Key, b.Value, after[b.Key], nowUtc)));
    }

    public void Cover(DateRange period)
    {
        PeriodStart = period.Start;
        PeriodEnd = period.End;
    }

    public void Touch(DateTime nowUtc)
    {
        UpdatedAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }

    /// <summary>The words a goal's history shows as the reason for a change this review made.</summary>
    public string ChangeReason(string? why) =>
        $"{Kind.Title()} of {ReviewText.PeriodTitle(Kind, PeriodStart)}{(string.IsNullOrWhiteSpace(why) ? "" : $": {why.Trim()}")}";
}

/// <summary>One edit of a saved review: which answer changed, from what to what, and when.</summary>
public class ReviewChange
{
    public const int FieldMaxLength = 60;

    private ReviewChange()
    {
    }

    public ReviewChange(string field, string? oldValue, string? newValue, DateTime changedAtUtc)
    {
        Field = field;
        OldValue = oldValue is { Length: > Review.TextMaxLength } ? oldValue[..Review.TextMaxLength] : oldValue;
        NewValue = newValue is { Length: > Review.TextMaxLength } ? newValue[..Review.TextMaxLength] : newValue;
        ChangedAtUtc = changedAtUtc;
    }

    public int Id { get; private set; }
    public int ReviewId { get; private set; }
    public string Field { get; private set; } = "";
    public string? OldValue { get; private set; }
    public string? NewValue { get; private set; }
    public DateTime ChangedAtUtc { get; private set; }
}

/// <summary>What one review said of one goal: the value it recorded and, in a thorough review, a judgement.</summary>
public class ReviewGoalNote
{
    public const int NoteMaxLength = 1000;

    private ReviewGoalNote()
    {
    }

    public ReviewGoalNote(int goalId) => GoalId = goalId;

    public int Id { get; private set; }
    public int ReviewId { get; private set; }
    public int GoalId { get; private set; }
    public double? Value { get; set; }
    public GoalJudgement? Judgement { get; set; }
    public string? Note { get; set; }
}

/// <summary>The calendar arithmetic of reviews, kept apart from pages so it can be tested on its own.</summary>
public static class ReviewPeriods
{
    /// <summary>The week, month, quarter or year a review held on <paramref name="day"/> covers.</summary>
    public static DateRange Covering(ReviewKind kind, DateOnly day, DayOfWeek firstDayOfWeek)
    {
        switch (kind)
        {
            case ReviewKind.Weekly:
                var start = ActionWeeks.WeekStart(day, firstDayOfWeek);
                return new DateRange(start, start.AddDays(6));
            case ReviewKind.Monthly:
                var month = new DateOnly(day.Year, day.Month, 1);
                return new DateRange(month, month.AddMonths(1).AddDays(-1));
            case ReviewKind.Quarterly:
                return Quarters.Of(day);
            default:
                return new DateRange(new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31));
        }
    }

    /// <summary>The quarter numbered <paramref name="quarter"/> (1–4) of a year, or null when there is no such quarter.</summary>
    public static DateRange? Quarter(int year, int quarter) =>
        quarter is >= 1 and <= 4 && year is >= 2000 and <= 2200
            ? Quarters.Of(new DateOnly(year, ((quarter - 1) * 3) + 1, 1))
            : null;

    /// <summary>The quarters a quarterly review can be for on a given day: this one and the three before it.</summary>
    public static IReadOnlyList<DateRange> ReviewableQuarters(DateOnly today) =>
        [.. Enumerable.Range(0, 4).Select(back => Quarters.Of(today.AddMonths(-3 * back)))];

    /// <summary>
    /// The value that was current on a day: the latest reading on or before it. Readings may come in any order; of two on
    /// the same day, the one that comes later in the sequence (recorded later) wins.
    /// </summary>
    public static double? ValueOn<T>(IEnumerable<T> readings, Func<T, DateOnly> date, Func<T, double> value, DateOnly day)
    {
        // One pass, no sorting: a page asks this for every goal at several days (the quarter page about a dozen times a goal).
        double? latest = null;
        var latestOn = DateOnly.MinValue;
        foreach (var reading in readings)
        {
            var on = date(reading);
            if (on <= day && (latest is null || on >= latestOn))
            {
                (latest, latestOn) = (value(reading), on);
            }
        }
        return latest;
    }
}

/// <summary>A review that is due: of which kind, for which period, and since when; overdue once its grace has passed.</summary>
public sealed record DueReview(ReviewKind Kind, DateOnly PeriodStart, DateOnly DueSince, bool IsOverdue);

/// <summary>When reviews fall due, in the person's calendar days.</summary>
public static class ReviewSchedule
{
    /// <summary>How long after a period ends its review may still be held before it is overdue, and how early it is due.</summary>
    public const int WindowDays = 14;

    /// <summary>
    /// A check-in is due once the plan's cadence (a week or a month) has passed since the last review of any kind, or
    /// since the plan began; it is overdue once a second cadence has passed.
    /// </summary>
    public static DueReview? CheckIn(DateOnly today, DateOnly? lastReview, DateOnly planStarted, CheckInCadence cadence, DayOfWeek firstDayOfWeek)
    {
        var kind = cadence == CheckInCadence.Monthly ? ReviewKind.Monthly : ReviewKind.Weekly;
        var dueSince = NextCheckIn(lastReview ?? planStarted, cadence);
        return today >= dueSince
            ? new DueReview(kind, ReviewPeriods.Covering(kind, today, firstDayOfWeek).Start, dueSince, today >= NextCheckIn(dueSince, cadence))
            : null;
    }

    /// <summary>The day a check-in falls due after a review (or the plan's start) on <paramref name="since"/>.</summary>
    public static DateOnly NextCheckIn(DateOnly since, CheckInCadence cadence) =>
        cadence == CheckInCadence.Monthly ? since.AddMonths(1) : since.AddDays(7);

    /// <summary>
    /// A quarterly review is due from 14 days before its quarter ends until one exists, and overdue 14 days after the
    /// quarter ended. The quarter before this one is looked at first (if the plan existed then), so a missed review is
    /// not forgotten.
    /// </summary>
    public static DueReview? Quarterly(DateOnly today, DateOnly planStarted, Func<DateOnly, bool> reviewed)
    {
        var current = Quarters.Of(today);
        return Thorough(ReviewKind.Quarterly, today, planStarted, [Quarters.Of(current.Start.AddDays(-1)), current], reviewed);
    }

    /// <summary>An annual review is due from 14 days before the year ends until one exists, and overdue 14 days into the next.</summary>
    public static DueReview? Annual(DateOnly today, DateOnly planStarted, Func<DateOnly, bool> reviewed)
    {
        DateRange Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return Thorough(ReviewKind.Annual, today, planStarted, [Year(today.Year - 1), Year(today.Year)], reviewed);
    }

    /// <summary>A period that ended before the plan began is never due: there was no plan to review.</summary>
    private static DueReview? Thorough(ReviewKind kind, DateOnly today, DateOnly planStarted, IEnumerable<DateRange> periods, Func<DateOnly, bool> reviewed)
    {
        foreach (var period in periods.Where(p => p.End >= planStarted))
        {
            var dueSince = period.End.AddDays(-(WindowDays - 1));
            if (today >= dueSince && !reviewed(period.Start))
            {
                return new DueReview(kind, period.Start, dueSince, today > period.End.AddDays(WindowDays));
            }
        }
        return null;
    }
}

/// <summary>What the latest quarterly or annual review said about a goal, and when.</summary>
public sealed record GoalVerdict(GoalJudgement Judgement, DateOnly JudgedOn);

/// <summary>
/// How long a review's judgement of a goal stands. A quarterly or annual review that judged a goal At risk or Off
/// track marks it so — on its page, in the goals list, on the plan overview and on the dashboard — until something
/// later says otherwise: a progress reading after the review day, a change of the goal's status after it, or a later
/// review (which is then the latest judgement). An On track judgement marks nothing.
/// </summary>
public static class GoalVerdicts
{
    public static GoalVerdict? Standing(GoalVerdict? latestThoroughReview, DateOnly? latestReadingOn, DateOnly? statusChangedOn) =>
        latestThoroughReview is { Judgement: GoalJudgement.AtRisk or GoalJudgement.OffTrack } verdict
            && !(latestReadingOn > verdict.JudgedOn) && !(statusChangedOn > verdict.JudgedOn)
            ? verdict
            : null;
}
