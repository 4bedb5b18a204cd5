/** The page side of standalone.html: mounts the app where the template says. */
import { createRoot } from "react-dom/client";
import { StandaloneApp } from "./StandaloneApp";

export function startPage(): void {
  const container = document.getElementById("standalone-root");
  if (container === null) return;
  container.replaceChildren();
  createRoot(container).render(<StandaloneApp />);
}
