using FluentValidation;

namespace CareerPlanner.Web.Pages.Mentoring;

/// <summary>A plan shared with the signed-in person: the overview's parts they may read, links to the other parts, and the plan's comments.</summary>
public class PlanModel(
    SharedPlans shared, IValidator<CommentInput> validator, MentorMail mail, TimeProvider time, AppDbContext db, Plans.PlanOverview overview)
    : SharedThreadPageModel(shared, validator, mail, time)
{
    public Plans.OverviewParts Parts { get; private set; } = default!;

    protected override string OwnersPage(int id) => $"/Plans/{id}";

    protected override SharedParts Part => SharedParts.None;

    protected override async Task<bool> LoadAsync(SharedAccess access)
    {
        var ownerId = access.OwnerId;
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == access.PlanId)
            .Select(p => new Plans.DetailsModel.PlanView(p.Id, p.Title, p.CurrentStage, p.IsArchived, p.VisionStatement, p.BackupPlan, p.BackupTrigger))
            .SingleAsync();
        Parts = new Plans.OverviewParts(plan, await overview.LoadAsync(ownerId, access.PlanId, Request.Path), access.Parts, Shared: true);
        return true;
    }
}
