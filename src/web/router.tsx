import { createBrowserRouter, type RouteObject } from 'react-router';
import { type AppRoute, activeRoutes } from './app-route';
import { AppLayout } from './layout/AppLayout';
import { RoutePage } from './layout/RoutePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteErrorPage } from './pages/RouteErrorPage';
import { appRoutes } from './routes';

const notFound: AppRoute = {
  path: '*',
  load: () => Promise.resolve(NotFoundPage),
  titleKey: 'common:notFound.title',
  public: true,
};

function toRouteObject(route: AppRoute): RouteObject {
  return {
    path: route.path,
    handle: route,
    // The router waits for the chunk before it switches pages, so the old page stays until then.
    lazy: async () => {
      const Page = await route.load();
      return { element: <RoutePage route={route} page={Page} /> };
    },
  };
}

/** Builds the browser router from the registry in routes.tsx. */
export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      // Shown while the first page's chunk loads.
      hydrateFallbackElement: <div className="page-width site-main" />,
      errorElement: <RouteErrorPage standalone />,
      children: [
        {
          // Errors in a page render inside the layout, so header and navigation stay usable.
          errorElement: <RouteErrorPage />,
          children: [...activeRoutes(appRoutes).map(toRouteObject), toRouteObject(notFound)],
        },
      ],
    },
  ]);
}
