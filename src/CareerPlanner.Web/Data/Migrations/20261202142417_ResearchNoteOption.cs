using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerPlanner.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ResearchNoteOption : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CareerOptionId",
                table: "ResearchNotes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ResearchNotes_CareerOptionId",
                table: "ResearchNotes",
                column: "CareerOptionId");

            migrationBuilder.AddForeignKey(
                name: "FK_ResearchNotes_CareerOptions_CareerOptionId",
                table: "ResearchNotes",
                column: "CareerOptionId",
                principalTable: "CareerOptions",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ResearchNotes_CareerOptions_CareerOptionId",
                table: "ResearchNotes");

            migrationBuilder.DropIndex(
                name: "IX_ResearchNotes_CareerOptionId",
                table: "ResearchNotes");

            migrationBuilder.DropColumn(
                name: "CareerOptionId",
                table: "ResearchNotes");
        }
    }
}
