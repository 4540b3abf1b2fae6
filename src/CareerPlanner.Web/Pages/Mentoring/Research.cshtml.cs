namespace CareerPlanner.Web.Pages.Mentoring;

/// <summary>The research of a shared plan: career options, what was learned exploring them, and the notes (read-only).</summary>
public class ResearchModel(SharedPlans shared, Plans.Research.ResearchSummary research)
    : SharedPageModel(shared)
{
    public Plans.Research.ResearchView Research { get; private set; } = default!;

    protected override string OwnersPage(int id) => $"/Plans/{id}/Wizard/research";

    protected override SharedParts Part => SharedParts.Research;

    protected override async Task<bool> LoadAsync(SharedAccess access)
    {
        Research = await research.LoadAsync(access.OwnerId, access.PlanId);
        return true;
    }
}
