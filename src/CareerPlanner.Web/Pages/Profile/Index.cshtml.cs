using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Profile;

public sealed class ProfileInput
{
    [Display(Name = "Display name (optional)")]
    public string? DisplayName { get; set; }

    [Display(Name = "Time zone")]
    public string TimeZoneId { get; set; } = "UTC";

    [Display(Name = "First day of the week")]
    public DayOfWeek FirstDayOfWeek { get; set; } = DayOfWeek.Monday;

    [Display(Name = "E-mail me when a review is due")]
    public bool ReviewReminders { get; set; } = true;

    public Guid Version { get; set; }
}

public sealed class ProfileInputValidator : AbstractValidator<ProfileInput>
{
    public ProfileInputValidator()
    {
        RuleFor(x => x.DisplayName)
            .MaximumLength(UserProfile.DisplayNameMaxLength).WithMessage($"Keep the name to {UserProfile.DisplayNameMaxLength} characters or fewer.");
        RuleFor(x => x.TimeZoneId)
            .Must(TimeZones.IsValid).WithMessage("Choose your time zone from the list, such as Europe/London or America/New_York.");
        RuleFor(x => x.FirstDayOfWeek)
            .IsInEnum().WithMessage("Choose the day your week starts on.");
    }
}

/// <summary>The person's name and calendar: "today", "this week" and quarters are computed in this zone.</summary>
public class IndexModel(AppDbContext db, IValidator<ProfileInput> validator, Reminders.PublicAddress publicAddress, IHostEnvironment environment) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>Outside development, when the server does not know its public address, where reminder links will point.</summary>
    public string? UnsetPublicAddress => environment.IsDevelopment() || publicAddress.IsConfigured ? null : publicAddress.BaseUrl;

    public async Task OnGetAsync()
    {
        Input = await db.UserProfiles.AsNoTracking().Where(p => p.UserId == User.Id())
            .Select(p => new ProfileInput { DisplayName = p.DisplayName, TimeZoneId = p.TimeZoneId ?? "UTC", FirstDayOfWeek = p.FirstDayOfWeek, ReviewReminders = p.ReviewReminders, Version = p.Version })
            .SingleOrDefaultAsync() ?? new ProfileInput();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var profile = await LoadOrAddAsync();
        var versionSeen = db.Entry(profile).State == EntityState.Added ? profile.Version : Input.Version;
        profile.Update(Input.DisplayName, Input.TimeZoneId, Input.FirstDayOfWeek, Input.ReviewReminders);
        if (!await db.TrySaveAsync(profile, p => p.Version, versionSeen, ModelState))
        {
            return Page();
        }
        StatusMessage = "Profile saved.";
        return RedirectToPage();
    }

    /// <summary>Called once by the browser after the first sign-in with its own zone; a zone the person chose is kept.</summary>
    public async Task<IActionResult> OnPostDetectTimeZoneAsync(string? timeZone)
    {
        if (!TimeZones.IsValid(timeZone))
        {
            return new NoContentResult(); // a zone this server does not know is ignored; the person can choose one
        }
        var profile = await LoadOrAddAsync();
        if (profile.AdoptDetectedTimeZone(timeZone!))
        {
            await db.SaveChangesAsync();
        }
        return new NoContentResult();
    }

    private async Task<UserProfile> LoadOrAddAsync()
    {
        var userId = User.Id();
        var profile = await db.UserProfiles.SingleOrDefaultAsync(p => p.UserId == userId);
        if (profile is null)
        {
            profile = new UserProfile(userId);
            db.UserProfiles.Add(profile);
        }
        return profile;
    }
}
