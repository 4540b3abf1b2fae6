namespace CareerPlanner.Web.Domain;

public enum CheckInCadence
{
    Weekly = 1,
    Monthly = 2,
}

/// <summary>
/// A career direction the person is working on (they may keep several, e.g. a main path and an alternative).
/// The plan owns its research, goals, actions and reviews; the person's self-assessment is shared by all plans.
/// </summary>
public class Plan
{
    public const int TitleMaxLength = 120;
    public const int VisionMaxLength = 2000;
    public const int BackupPlanMaxLength = 2000;
    public const int BackupTriggerMaxLength = 500;

    private Plan()
    {
    }

    public Plan(string ownerId, string title, DateTime nowUtc)
    {
        OwnerId = ownerId;
        Title = title.Trim();
        CurrentStage = PlanStage.SelfAssessment;
        CreatedAtUtc = nowUtc;
        Touch(nowUtc);
    }

    public int Id { get; private set; }
    public string OwnerId { get; private set; } = "";
    public string Title { get; private set; } = "";

    /// <summary>The stage the person last worked in; the wizard resumes here.</summary>
    public PlanStage CurrentStage { get; private set; }

    public bool IsArchived { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>Where the person wants their career to be, in their own words.</summary>
    public string? VisionStatement { get; private set; }

    /// <summary>What the person will do if the main path stalls…</summary>
    public string? BackupPlan { get; private set; }

    /// <summary>…and what would make them switch to it.</summary>
    public string? BackupTrigger { get; private set; }

    /// <summary>How often the person means to check in on this plan; a check-in falls due when that much time has passed.</summary>
    public CheckInCadence CheckInCadence { get; private set; } = CheckInCadence.Weekly;

    /// <summary>Renewed on every change, so an edit made from a stale tab is detected instead of overwriting.</summary>
    public Guid Version { get; private set; }

    public void Rename(string title, DateTime nowUtc)
    {
        Title = title.Trim();
        Touch(nowUtc);
    }

    public void Archive(DateTime nowUtc)
    {
        IsArchived = true;
        Touch(nowUtc);
    }

    public void Restore(DateTime nowUtc)
    {
        IsArchived = false;
        Touch(nowUtc);
    }

    public void WorkIn(PlanStage stage, DateTime nowUtc)
    {
        if (CurrentStage != stage)
        {
            CurrentStage = stage;
            Touch(nowUtc);
        }
    }

    public void SetVision(string? vision, DateTime nowUtc)
    {
        VisionStatement = vision.TrimToNull();
        Touch(nowUtc);
    }

    public void SetBackupPlan(string? plan, string? trigger, DateTime nowUtc)
    {
        BackupPlan = plan.TrimToNull();
        BackupTrigger = trigger.TrimToNull();
        Touch(nowUtc);
    }

    public void SetCadence(CheckInCadence cadence, DateTime nowUtc)
    {
        CheckInCadence = cadence;
        Touch(nowUtc);
    }

    private void Touch(DateTime nowUtc)
    {
        UpdatedAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }

}
