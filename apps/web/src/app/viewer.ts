import { createContext, useContext } from 'react';
import type { Viewer, Workspace } from './workspaces';

/** Who is signed in and where they may work; provided by the signed-in frame to every screen in it. */
export interface SignedInViewer {
  viewer: Viewer;
  workspaces: Workspace[];
}

export const ViewerContext = createContext<SignedInViewer | null>(null);

export function useViewer(): SignedInViewer {
  const value = useContext(ViewerContext);
  if (!value) throw new Error('useViewer outside the signed-in frame');
  return value;
}
