using CareerPlanner.Web.Infrastructure.Time;
using FluentValidation;
using Microsoft.AspNetCore.Identity.UI.Services;

namespace CareerPlanner.Web.Pages.Plans.Sharing;

/// <summary>Who the plan is shared with, and the invitation of someone new by e-mail address.</summary>
public class IndexModel(AppDbContext db, IValidator<InviteInput> validator, IEmailSender email, UserClock clock) : PageModel
{
    public sealed record ShareRow(int Id, string Email, string? Name, ShareRole Role, SharedParts Parts, bool Accepted, DateTime InvitedAtUtc,
        DateOnly? EndsOn, DateTime? LastViewedAtUtc);

    /// <summary>So that the invitation form cannot be used to send e-mail after e-mail to someone.</summary>
    public const int MaxShares = 20;
    public static readonly TimeSpan ResendGap = TimeSpan.FromMinutes(10);

    [BindProperty]
    public InviteInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public string PlanTitle { get; private set; } = "";
    public IReadOnlyList<ShareRow> Shares { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        ShareDates.Check(Input.EndsOn, Today, ModelState);
        var normalized = PlanShare.Normalize(Input.Email);
        if (ModelState.IsValid && await db.Users.AnyAsync(u => u.Id == User.Id() && u.NormalizedEmail == normalized))
        {
            ModelState.AddInputError(nameof(InviteInput.Email), "That is your own address: invite the person you want to work through the plan with.");
        }
        var share = ModelState.IsValid ? await db.PlanShares.SingleOrDefaultAsync(s => s.PlanId == id && s.NormalizedInviteeEmail == normalized) : null;
        if (share is { IsAccepted: true })
        {
            ModelState.AddInputError(nameof(InviteInput.Email), "This plan is already shared with that person: change what they see from the list below.");
        }
        else if (share is not null && clock.UtcNow - share.InvitedAtUtc < ResendGap)
        {
            ModelState.AddInputError(nameof(InviteInput.Email), "An invitation went to that address a few minutes ago. Wait ten minutes before sending it again.");
        }
        else if (share is null && ModelState.IsValid && Shares.Count >= MaxShares)
        {
            ModelState.AddInputError(nameof(InviteInput.Email), $"A plan can be shared with at most {MaxShares} people. Stop sharing with someone first.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (share is null)
        {
            share = new PlanShare(id, Input.Email, Input.Role, Input.Parts.Combined(), Input.EndsOn);
            db.PlanShares.Add(share);
        }
        else
        {
            share.Change(Input.Parts.Combined(), Input.EndsOn);
        }
        var token = share.Invite(clock.UtcNow);
        await db.SaveChangesAsync();
        await SendAsync(share, token);
        StatusMessage = $"Invitation sent to {share.InviteeEmail}. The link in it works for {PlanShare.LinkDays} days, once.";
        return RedirectToPage(new { id });
    }

    private async Task SendAsync(PlanShare share, string token)
    {
        var link = Url.Page("/Mentoring/Invitation", null, new { token }, Request.Scheme)!;
        var html = System.Text.Encodings.Web.HtmlEncoder.Default;
        var owner = await db.UserProfiles.Where(p => p.UserId == User.Id()).Select(p => p.DisplayName).FirstOrDefaultAsync() ?? User.Identity?.Name ?? "Someone";
        await email.SendEmailAsync(share.InviteeEmail, $"{owner} invites you to their career plan “{PlanTitle}”", $"""
            <p>{html.Encode(owner)} asks you to be their {share.Role.Title().ToLowerInvariant()} on the career plan “{html.Encode(PlanTitle)}” in CareerPlanner.</p>
            <p>You will be able to read {html.Encode(share.Parts.Describe())}, comment and suggest goals or actions.</p>
            <p><a href="{html.Encode(link)}">Accept the invitation</a> — sign in or create an account with this address ({html.Encode(share.InviteeEmail)}).
            The link works once, for {PlanShare.LinkDays} days.</p>
            """);
    }

    private async Task<bool> LoadAsync(int id)
    {
        var title = await db.Plans.AsNoTracking().OwnedBy(User.Id()).Where(p => p.Id == id).Select(p => p.Title).SingleOrDefaultAsync();
        if (title is null)
        {
            return false;
        }
        PlanTitle = title;
        Today = await clock.TodayAsync(User.Id());
        Shares = await db.PlanShares.AsNoTracking().Where(s => s.PlanId == id).OrderBy(s => s.InviteeEmail)
            .Select(s => new ShareRow(s.Id, s.InviteeEmail, db.UserProfiles.Where(u => u.UserId == s.MentorId).Select(u => u.DisplayName).FirstOrDefault(),
                s.Role, s.Parts, s.MentorId != null, s.InvitedAtUtc, s.EndsOn, s.LastViewedAtUtc))
            .ToListAsync();
        return true;
    }
}

public static class ShareDates
{
    public static void Check(DateOnly? endsOn, DateOnly today, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState)
    {
        if (endsOn is { } date && (date < today || date > today.AddYears(10)))
        {
            modelState.AddInputError(nameof(InviteInput.EndsOn), date < today ? "Choose today or a later date, or leave it empty to share until you stop it." : "Choose a date within ten years, or leave it empty.");
        }
    }
}
