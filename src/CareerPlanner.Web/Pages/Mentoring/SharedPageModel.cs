using FluentValidation;

namespace CareerPlanner.Web.Pages.Mentoring;

/// <summary>
/// A page of a plan shared with the signed-in person: it opens only through their accepted share and only for the part
/// it shows (<see cref="Part"/>); anything else is a 404, except for the plan's owner, who is sent to their own page.
/// </summary>
public abstract class SharedPageModel(SharedPlans shared) : PageModel
{
    protected SharedPlans Shared => shared;

    [TempData]
    public string? StatusMessage { get; set; }

    public SharedAccess Access { get; private set; } = default!;

    /// <summary>The part this page shows (None: the plan's own page, open to every share).</summary>
    protected abstract SharedParts Part { get; }

    /// <summary>The owner's own page for what this page shows (where the owner is sent when they open it).</summary>
    protected abstract string OwnersPage(int id);

    /// <summary>Reads what the page shows; false when the goal or review is not in the plan.</summary>
    protected abstract Task<bool> LoadAsync(SharedAccess access);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await OpenAsync(id))
        {
            return await shared.IsOwnerAsync(User.Id(), id) ? LocalRedirect(OwnersPage(id)) : NotFound();
        }
        await shared.ViewedAsync(Access);
        return Page();
    }

    protected virtual async Task<bool> OpenAsync(int id)
    {
        if (await shared.ForMentorAsync(User.Id(), id, Part) is not { } access)
        {
            return false;
        }
        Access = access;
        ViewData[SharedAccess.ViewDataKey] = access;
        return await LoadAsync(access);
    }
}

/// <summary>A shared page with a comment thread (the plan, a goal, a review): the mentor reads it and posts to it.</summary>
public abstract class SharedThreadPageModel(SharedPlans shared, IValidator<CommentInput> validator, MentorMail mail, TimeProvider time) : SharedPageModel(shared)
{
    [BindProperty]
    public CommentInput Input { get; set; } = new();

    public IReadOnlyList<CommentView> Comments { get; private set; } = [];

    /// <summary>The goal or review the page's comments are about (none: the plan).</summary>
    protected virtual (int? GoalId, int? ReviewId) Thread => (null, null);

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await OpenAsync(id))
        {
            return NotFound();
        }
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var (goalId, reviewId) = Thread;
        Shared.Add(new PlanComment(id, goalId, reviewId, User.Id(), byOwner: false, Input.Text!, time.GetUtcNow().UtcDateTime));
        await Shared.SaveAsync();
        await mail.TrySendAsync(id);
        StatusMessage = $"Comment sent. {Access.OwnerName} sees it on their plan.";
        return LocalRedirect($"{Request.PathBase}{Request.Path}#comments");
    }

    protected override async Task<bool> OpenAsync(int id)
    {
        if (!await base.OpenAsync(id))
        {
            return false;
        }
        var (goalId, reviewId) = Thread;
        Comments = await Shared.CommentsAsync(User.Id(), id, goalId, reviewId);
        return true;
    }
}
