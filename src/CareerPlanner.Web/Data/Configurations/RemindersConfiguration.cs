using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPlanner.Web.Data.Configurations;

public sealed class ReviewReminderConfiguration : IEntityTypeConfiguration<ReviewReminder>
{
    public void Configure(EntityTypeBuilder<ReviewReminder> reminder)
    {
        reminder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        reminder.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        reminder.HasIndex(r => new { r.PlanId, r.Kind, r.DueSince, r.Overdue }).IsUnique();
    }
}

public sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> feed)
    {
        feed.Property(f => f.TokenHash).HasMaxLength(64).IsRequired();
        feed.HasOne<AppUser>().WithMany().HasForeignKey(f => f.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        feed.HasIndex(f => f.UserId).IsUnique();
        feed.HasIndex(f => f.TokenHash).IsUnique();
    }
}
