using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPlanner.Web.Data.Configurations;

public sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> review)
    {
        review.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        review.Property(r => r.CareerFit).HasConversion<string>().HasMaxLength(20);
        review.Property(r => r.WentWell).HasMaxLength(Review.TextMaxLength);
        review.Property(r => r.NextSteps).HasMaxLength(Review.TextMaxLength);
        review.Property(r => r.DoDifferently).HasMaxLength(Review.TextMaxLength);
        review.Property(r => r.CareerFitWhy).HasMaxLength(Review.TextMaxLength);
        review.Property(r => r.NewInformation).HasMaxLength(Review.TextMaxLength);
        review.Property(r => r.Version).IsConcurrencyToken();
        review.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        review.HasMany(r => r.GoalNotes).WithOne().HasForeignKey(n => n.ReviewId).OnDelete(DeleteBehavior.Cascade);
        review.HasMany(r => r.Changes).WithOne().HasForeignKey(c => c.ReviewId).OnDelete(DeleteBehavior.Cascade);
        review.HasIndex(r => new { r.PlanId, r.HeldOn });
        // One quarterly review per quarter and one annual review per year, per plan.
        review.HasIndex(r => new { r.PlanId, r.Kind, r.PeriodStart }).IsUnique().HasFilter("\"Kind\" IN ('Quarterly', 'Annual')");
    }
}

public sealed class ReviewGoalNoteConfiguration : IEntityTypeConfiguration<ReviewGoalNote>
{
    public void Configure(EntityTypeBuilder<ReviewGoalNote> note)
    {
        note.Property(n => n.Judgement).HasConversion<string>().HasMaxLength(20);
        note.Property(n => n.Note).HasMaxLength(ReviewGoalNote.NoteMaxLength);
        note.HasOne<Goal>().WithMany().HasForeignKey(n => n.GoalId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        note.HasIndex(n => new { n.ReviewId, n.GoalId }).IsUnique();
    }
}

public sealed class ReviewChangeConfiguration : IEntityTypeConfiguration<ReviewChange>
{
    public void Configure(EntityTypeBuilder<ReviewChange> change)
    {
        change.Property(c => c.Field).HasMaxLength(ReviewChange.FieldMaxLength).IsRequired();
        change.Property(c => c.OldValue).HasMaxLength(Review.TextMaxLength);
        change.Property(c => c.NewValue).HasMaxLength(Review.TextMaxLength);
        change.HasIndex(c => new { c.ReviewId, c.ChangedAtUtc });
    }
}
